// Side panel entry: mounts the side panel (the Firefox sidebar too); `?tab=ID` pins it to one tab.
import { mountPage } from '../ui/mount';
import { PANEL_CSS, PanelApp } from '../ui/panel/panel-app';

mountPage('panelTitle', <PanelApp search={location.search} />, PANEL_CSS + 'main { padding: .8rem 1rem 1.5rem; }');
