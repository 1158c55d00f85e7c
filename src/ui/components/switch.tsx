// A labelled on/off switch: a native checkbox with role="switch", so its accessible name is exactly
// its label (the popup's switch names are a contract) and Space toggles it.
import type { JSX } from 'preact';

export interface SwitchProps {
  id: string;
  label: string;
  checked: boolean;
  disabled?: boolean;
  /** Shown beside the label, outside it, so the switch's name stays the bare label. */
  extra?: JSX.Element | string | false;
  /** What `extra` means, for screen readers ("8 on this page"); becomes the switch's description. */
  extraText?: string;
  onChange: (checked: boolean) => void;
}

export function Switch({ id, label, checked, disabled, extra, extraText, onChange }: SwitchProps): JSX.Element {
  return (
    <div class="claimlens-switch">
      <label for={id}>{label}</label>
      {extra && (
        <span class="claimlens-count" id={`${id}-extra`}>
          <span aria-hidden={extraText ? 'true' : undefined}>{extra}</span>
          {extraText && <span class="claimlens-sr">{extraText}</span>}
        </span>
      )}
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={extra && extraText ? `${id}-extra` : undefined}
        onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)}
      />
    </div>
  );
}
