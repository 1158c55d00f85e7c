// Starts an extension page: shared styles, the page's language and title, then its Preact app.
import { render, type ComponentChild } from 'preact';
import { t, uiLanguage } from './i18n';
import { applyStyles, PAGE_CSS } from './theme';

export function mountPage(titleKey: string, app: ComponentChild, extraCss = ''): void {
  document.documentElement.lang = uiLanguage();
  document.title = t(titleKey);
  applyStyles(document, PAGE_CSS + extraCss);
  const root = document.getElementById('app') ?? document.body.appendChild(document.createElement('div'));
  render(app, root);
}
