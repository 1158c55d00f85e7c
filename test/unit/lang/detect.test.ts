import { describe, expect, it } from 'vitest';
import { detectLanguage, detectLanguageWithEvidence } from '../../../src/core/lang';

const sure = (text: string) => {
  const r = detectLanguageWithEvidence(text);
  return r.sure ? r.pack?.code : undefined;
};

const code = (text: string, allowed?: string[]) => detectLanguage(text, allowed && new Set(allowed))?.code;

describe('detectLanguage', () => {
  it('tells scripts apart by their letters', () => {
    expect(code('Лавров заявил, что Россия не примет войска НАТО.')).toBe('ru');
    expect(code('Сибіга провів телефонну розмову з Рубіо.')).toBe('uk');
    expect(code('マクロン大統領は地上部隊の派遣を否定しなかった。')).toBe('ja');
  });

  it('tells Latin-script languages apart by their frequent words', () => {
    expect(code('The minister said that the troops would not be sent to Ukraine.')).toBe('en');
    expect(code('Le ministre a déclaré que les troupes ne seraient pas envoyées en Ukraine.')).toBe('fr');
    expect(code('Der Minister sagte, dass die Truppen nicht in die Ukraine geschickt würden.')).toBe('de');
    expect(code('El ministro dijo que las tropas no serían enviadas a Ucrania por ahora.')).toBe('es');
    // "él": its "l" is no French "l'".
    expect(code('Fico aseguró que ningún militar eslovaco pisará Ucrania mientras él gobierne.')).toBe('es');
  });

  it('reads a German line with English names and "will" as German ("ob", "seiner", "liess")', () => {
    expect(
      code(
        'Ob Tokio Soldaten seiner Armee in das Kriegsland entsenden will, liess Botschafter Yamazaki in New York offen.',
      ),
    ).toBe('de');
    expect(code('The Seine will flood parts of Paris in the coming days, officials said.')).toBe('en');
    // Possessives are German markers too: "in" alone is English.
    expect(code('Schickt Italien Soldaten in die Ukraine? Meloni wiederholte in Mailand ihr Nein.')).toBe('de');
  });

  it('breaks a tie in a short line by the letters only one language writes, in either case', () => {
    expect(code('Año de señales')).toBe('es');
    expect(code('ÜBUNG, GRÖSSERE PLÄNE')).toBe('de');
    expect(code('Große Übung')).toBe('de');
    expect(code('Déjà vu à Noël', ['en', 'fr', 'de'])).toBe('fr');
  });

  it('breaks a tie between marker words two languages share ("que") by the word endings', () => {
    // Written without accents: "que" is French and Spanish, no letter tells them apart.
    expect(code('Bratislava niega que Eslovaquia vaya a enviar soldados a Ucrania')).toBe('es');
    expect(code('Bratislava dement que la Slovaquie enverrait des soldats en Ukraine')).toBe('fr');
    // No marker word at all: the names' endings do not decide a headline.
    expect(code('Fico: Slovakia won’t send troops')).toBe('en');
  });

  it('reads French negation and elision as French: "n’enverra jamais" with no "pas" is no Spanish line', () => {
    // Only "la", "de", "en" (both languages') and Spanish-looking endings ("-a") before this.
    expect(code("La Slovaquie n'enverra jamais de soldats en Ukraine.")).toBe('fr');
    expect(code("Aussi longtemps qu'il gouvernera, Bratislava n'enverra jamais de militaires en Ukraine.")).toBe('fr');
    expect(code('La Slovaquie ne va jamais envoyer de soldats en Ukraine.')).toBe('fr');
    expect(code('Eslovaquia no enviará jamás soldados a Ucrania, dijo Fico.')).toBe('es');
  });

  it('says when a short line with no marker word was only given the first pack', () => {
    // "a" is English's: the line reads as English, but without evidence (the claim engine then reads it
    // in the language of the hint words that met a claim).
    expect(code('Meloni descarta mandar soldados italianos a Ucrania')).toBe('en');
    expect(sure('Meloni descarta mandar soldados italianos a Ucrania')).toBeUndefined();
    expect(sure('Russian media also mocks Macron idea')).toBeUndefined();
    // A marker word or a letter of its own is evidence.
    expect(sure('Meloni descarta mandar soldados a Ucrania por ahora')).toBe('es');
    expect(sure('Año de señales')).toBe('es');
    expect(sure('Trump rules out US troops in Ukraine')).toBe('en');
    expect(sure('Лавров заявил о переговорах')).toBe('ru');
  });

  it('reads a short English post without "the" or "and" as English, and Italian or Dutch as neither', () => {
    expect(code("Felons can't vote. But pardoned ones can, as they were told.", ['en'])).toBe('en');
    expect(code('Trump: If soldiers were real patriots, they wouldn’t take a pay raise', ['en'])).toBe('en');
    // Eight words or more and no marker of any pack asked for: another language, left unread.
    expect(code('Il ministro ha detto che le truppe non saranno inviate per ora, come previsto', ['en'])).toBe(
      undefined,
    );
    expect(code('De minister zei dat de troepen niet naar Oekraïne worden gestuurd, zo meldt men', ['en'])).toBe(
      undefined,
    );
    expect(code('De minister had gezegd dat de troepen niet naar Oekraïne worden gestuurd', ['en'])).toBe(undefined);
    expect(code("Il governo ha detto all'Italia che le truppe non saranno inviate per ora", ['en'])).toBe(undefined);
  });

  it('says nothing outside the languages asked for', () => {
    expect(code('Лавров заявил, что Россия не примет войска.', ['en'])).toBe(undefined);
    expect(code('The minister said that the troops would stay home.', ['fr', 'de'])).not.toBe('en');
  });

  it('counts a marker word that is another language\'s negation as shared between them (Spanish and French "ni")', () => {
    expect(code("Tokyo n'a ni confirmé ni démenti que le Japon enverra des soldats en Ukraine.")).toBe('fr');
    expect(code('El ministerio no confirmó ni desmintió que se enviarán soldados a Ucrania.')).toBe('es');
  });
});
