// The one way UI text is produced: messages from public/_locales through browser.i18n, so that every
// string has an English and a French version and nothing is built from HTML.
import browser from 'webextension-polyfill';

/**
 * The localised message `key`, with `$1`, `$2`... replaced by `subs`. Falls back to the key itself
 * when a message is missing, so a forgotten key shows up visibly instead of as an empty label.
 */
export function t(key: string, subs?: string | number | (string | number)[]): string {
  const list = subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String);
  let text = '';
  try {
    text = browser.i18n.getMessage(key, list);
  } catch {
    // An invalidated extension context (extension reloaded under an open page) throws here.
  }
  return text || key;
}

/** The UI language, for `lang` attributes and date formatting. */
export function uiLanguage(): string {
  try {
    return browser.i18n.getUILanguage() || 'en';
  } catch {
    return 'en';
  }
}
