// Derives the Firefox manifest from the Chrome one: Firefox MV3 runs background scripts (no service
// worker), shows the panel as a sidebar, needs a gecko id and the data-collection declaration.
export const GECKO_ID = 'claimlens@claimlens.org';

type Manifest = Record<string, unknown> & {
  background?: { service_worker?: string; scripts?: string[]; type?: string };
  permissions?: string[];
  side_panel?: { default_path: string };
};

export function firefoxManifest(chrome: Manifest): Manifest {
  const { side_panel, background, permissions, ...rest } = structuredClone(chrome);
  const out: Manifest = {
    ...rest,
    background: { scripts: [background?.service_worker ?? 'src/background/index.ts'], type: 'module' },
    permissions: (permissions ?? []).filter((p) => p !== 'sidePanel'),
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        // ClaimLens collects nothing: page text, URLs and matches never leave the browser.
        data_collection_permissions: { required: ['none'] },
      },
      // Firefox for Android learned the data-collection declaration in 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  };
  if (side_panel) {
    out.sidebar_action = {
      default_panel: side_panel.default_path,
      default_title: '__MSG_extName__',
      default_icon: { '16': 'icons/icon-16.png', '32': 'icons/icon-32.png' },
      open_at_install: false,
    };
  }
  return out;
}
