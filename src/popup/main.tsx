// Popup entry: mounts the popup app; `?tab=ID` names the tab it speaks about (see target-tab.ts).
import { mountPage } from '../ui/mount';
import { PopupApp } from '../ui/popup/popup-app';

mountPage(
  'popupTitle',
  <PopupApp search={location.search} />,
  'body { width: 320px; } main { padding: 12px 16px 16px; } .claimlens-links { margin-top: 14px; }',
);
