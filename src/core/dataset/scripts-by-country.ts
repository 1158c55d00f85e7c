// Which countries write names natively in a non-Latin script: decides whether an official without
// a native-script alias is worth a warning (Lavrov without "Сергей Лавров" is; Macron is not).
const NON_LATIN: Record<string, string> = {};
const LATIN = new Set<string>();

function add(script: string, entries: string[]): void {
  for (const e of entries) NON_LATIN[e.toLowerCase()] = script;
}
add('Cyrillic', ['RU', 'Russia', 'Russian Federation', 'UA', 'Ukraine', 'BY', 'Belarus', 'BG', 'Bulgaria', 'RS', 'Serbia', 'MK', 'North Macedonia', 'KZ', 'Kazakhstan', 'KG', 'Kyrgyzstan', 'TJ', 'Tajikistan', 'MN', 'Mongolia', 'SU', 'Soviet Union']);
add('Japanese', ['JP', 'Japan']);
add('Chinese', ['CN', 'China', "People's Republic of China", 'TW', 'Taiwan', 'HK', 'Hong Kong']);
add('Korean', ['KR', 'South Korea', 'Republic of Korea', 'KP', 'North Korea']);
add('Greek', ['GR', 'Greece', 'CY', 'Cyprus']);
add('Hebrew', ['IL', 'Israel']);
add('Arabic', ['SA', 'Saudi Arabia', 'AE', 'United Arab Emirates', 'EG', 'Egypt', 'IQ', 'Iraq', 'SY', 'Syria', 'JO', 'Jordan', 'LB', 'Lebanon', 'QA', 'Qatar', 'KW', 'Kuwait', 'OM', 'Oman', 'YE', 'Yemen', 'LY', 'Libya', 'IR', 'Iran', 'AF', 'Afghanistan', 'PK', 'Pakistan']);
add('Georgian', ['GE', 'Georgia']);
add('Armenian', ['AM', 'Armenia']);
add('Thai', ['TH', 'Thailand']);
add('Devanagari', ['IN', 'India', 'NP', 'Nepal']);
for (const c of ['US', 'USA', 'United States', 'United States of America', 'GB', 'UK', 'United Kingdom', 'FR', 'France', 'DE', 'Germany', 'IT', 'Italy', 'ES', 'Spain', 'PT', 'Portugal', 'PL', 'Poland', 'NL', 'Netherlands', 'BE', 'Belgium', 'LU', 'Luxembourg', 'IE', 'Ireland', 'AT', 'Austria', 'CH', 'Switzerland', 'DK', 'Denmark', 'SE', 'Sweden', 'NO', 'Norway', 'FI', 'Finland', 'IS', 'Iceland', 'EE', 'Estonia', 'LV', 'Latvia', 'LT', 'Lithuania', 'CZ', 'Czech Republic', 'Czechia', 'SK', 'Slovakia', 'HU', 'Hungary', 'RO', 'Romania', 'MD', 'Moldova', 'HR', 'Croatia', 'SI', 'Slovenia', 'AL', 'Albania', 'TR', 'Turkey', 'Türkiye', 'CA', 'Canada', 'AU', 'Australia', 'NZ', 'New Zealand', 'BR', 'Brazil', 'AR', 'Argentina', 'MX', 'Mexico', 'ZA', 'South Africa', 'EU', 'European Union', 'NATO', 'UN', 'United Nations', 'International'])
  LATIN.add(c.toLowerCase());

/** Script the country writes names in natively, "Latin" when known Latin, undefined when unknown. */
export function nativeScriptOf(country: string): string | undefined {
  const key = country.trim().toLowerCase();
  return (Object.hasOwn(NON_LATIN, key) ? NON_LATIN[key] : undefined) ?? (LATIN.has(key) ? 'Latin' : undefined);
}
