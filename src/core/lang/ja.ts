// Japanese: words from Intl.Segmenter (in the tokeniser); no stemmer (inflection is in the kana that
// follow a word, which are dropped), Orama's stop words; negation is read from the verb endings.
import { stopwords } from '@orama/stopwords/japanese';
import { words, type LanguagePack } from './types';

const NEGATIONS = words('ない ず ませ ません なかっ なく 無い');

// どの国か / どこの国かは言わなかった, 明らかにしていない (did not say which country): a question word, a few characters, か,
// and a verb of saying negated. One source for notStance (the か is no question of the claim) and notStanceAfter (its
// negation no denial of it).
const WHICH_Q = String.raw`(?:どこ|どの|何|誰|だれ)[^、。か]{0,6}`;
const NOT_SAID = String.raw`(?:言わ|言い(?=ませ)|明かさ|明らかにし|触れ|語ら|示さ|特定し|名指しし|言及し)(?:ず|ない|ません|なかっ?|ていない|ておらず|ていません)`;
/** `re` (a group of alternatives, "^(?:…)" or "(?:…)…") with one more alternative first, from `alt`. */
function withWhichNotSaid(re: RegExp, alt: () => string): RegExp {
  const anchored = re.source.startsWith('^(?:');
  const body = re.source.slice(anchored ? 4 : 3);
  return new RegExp(`${anchored ? '^' : ''}(?:${alt()}|${body}`, re.flags);
}

export const ja: LanguagePack = {
  code: 'ja',
  script: 'japanese',
  stem: (w) => w,
  stop: new Set(stopwords.filter((w) => !NEGATIONS.has(w))),
  countryNames: { US: ['米国'] },
  negations: NEGATIONS,
  // 撤回 (retracted): a remark taken back is denied; 撤回しない (stands by it) a negated denial.
  denials: words('否定 否認 事実無根 虚偽 偽情報 フェイク 撤回 でっち上げ'),
  confirmations: words('確認 認め 認めた 認める'),
  hedges: words('か どうか 噂 憶測 臆測 観測'),
  deliberation: /^(?:検討|模索)/u,
  // これを否定した, この報道を否定, 同発言を撤回, そうした見方を否定: what the sentence before said, as the object;
  // こう認めた, そう否定した (so admitted): the adverb takes it up as well.
  objectBefore:
    /(?:これ|それ|この(?:報道|情報|発言|主張|見方|話|記事|指摘|内容|方針|計画|考え|警告|見解|立場|構想)|その(?:報道|情報|発言|主張|見方|話|記事|指摘|内容|方針|計画|考え|警告|見解|立場|構想)|そうした(?:報道|情報|発言|主張|見方|話|指摘|方針|計画|考え)|同(?:報道|発言|記事|方針|計画))(?:を|について(?:は)?|に関して(?:は)?|に対して|に対し)(?:[^。、]{0,6}[、]?)$|(?:こう|そう)$/u,
  // そうスターマー氏は認めた (so Starmer admitted): the adverb opening a sentence of one clause, its subject a name or
  // noun.
  objectOpening:
    /^[\s「『]*(?:(?:これ|それ|(?:この|その|そうした|こうした|同)(?:[^、。をはがも]{1,8}の)?(?:報道|情報|発言|主張|見方|話|記事|指摘|内容|見解|方針|計画|構想|説))を、|(?:こう|そう)(?=[\p{Script=Katakana}\p{Script=Han}][\p{Script=Katakana}\p{Script=Han}ー・]{0,15}(?:は|が)[^、。をにて]{0,12}[。！？!?」]*\s*$))/u,
  // か inside a verb (吹かれて, 開かれる, 生かす; before ない or ず: 怖じ気づかない, 動かず) is no question particle (after る, た
  // or だ it is one: あるかないか); 残らず (一人残らず: every last one)
  // no negation; 認める in a condition (認めるなら, 認めれば, 認めたら, 認められれば: if it allows, if allowed) a permission, no
  // confirmation; 認めるべき, 認められるべき (should allow, should be allowed) what ought to be, no confirmation;
  // 撤回を拒否 / 撤回を求めた (refused to retract, demanded a retraction) no denial.
  // 証拠を示さず, 根拠を示さなかった (without showing evidence): an allegation, no denial.
  // 派兵しなくてはならない, 派兵しないわけにはいかない (must send): the first negation of a double one (not after a
  // verb of avoiding: 避けなくてはならない).
  // 派遣をためらわない / 躊躇しない (will not hesitate to send) asserts the sending.
  // 臆測にすぎない (mere speculation: its ない denies), 臆測とは異なり (unlike the speculation): no rumour word of the
  // claim's.
  // 数か国, 何か国, 3か月 (several countries, three months): a counter's か, no question; 何か国か, 何人か (some
  // countries, some people) an indefinite; どこの国かは言わなかった (did not say which country) no question of the claim.
  notStance: withWhichNotSaid(
    /^(?:(?:憶測|臆測|噂|うわさ)(?:に|で)(?:過ぎ|すぎ)(?=ない|ず|ません)|(?:憶測|臆測|噂|うわさ|観測)とは(?:異なり|違って|違い|裏腹に)|(?<=[数何十百千0-9０-９一二三四五六七八九])か(?=[国所月条])|(?<=何[かカヵヶケ]?[国人度回件所社])か(?=[のがはをにとも]|[\u4e00-\u9fff])|(?<=(?:主張|発言|見解|警告|見方|説)を取り下げ)(?:ず|ない|なかっ)|(?<=(?:主張|発言|見解|警告|見方|説)を)取り下げ(?=ず|ない|なかっ)|(?<=(?:ためら|躊躇)わ|躊躇し|躊躇せ)(?:ない|ず|なかっ)|(?<=躊躇)し(?:ない|なかっ)|(?<=(?:証拠|根拠|裏付け|裏づけ)(?:を|は|も)?(?:一切|何ら|何も)?(?:示さ|挙げ|出さ|提示せ|提示さ))(?:ず|ない|なかっ)|(?<!避け|阻止し|防が|止め|回避し|控え|慎ま|やめ)なく(?=て(?:は)?(?:なら|いけ)(?:ない|ず|ません|なかっ))|(?:しない|せぬ)(?=わけにはいか(?:ない|ず|ません|なかっ))|か(?=[れりるろらさしすせそ])|(?<![るただの])か(?=ない|なかっ|ず(?!っと|れ))|残らず|認め(?:られ)?(?:る(?=なら)|た(?:なら|ら)|れば)|認め(?=(?:られ)?るべき)|撤回(?=を(?:拒|求め|要求|迫)))/u,
    () => `(?<=${WHICH_Q})か(?=は?${NOT_SAID})`,
  ),
  // 例外なく (without exception), 間違いなく (without doubt), 容赦なく, 間もなく (soon), 余儀なく (forced to):
  // adverbs whose なく negates nothing. 立場に変更はない (no change to the position): it stands, a reaffirmation;
  // 辞さない (will not shrink from): ready to.
  // 軍を排除 (drove the army out): 排除 of troops removes them; it rules nothing out.
  // 国籍を問わず (regardless of nationality), 欧州に限らず, 都市にとどまらず, 欧州のみならず, 兵だけでなく (not only):
  // their ず or なく negates nothing.
  // 幾つか, 何らか, 誰か (several, some, someone): an indefinite, no question particle.
  // 部隊を州内から完全に排除 (drove the troops out of a place), with words between.
  // 派兵せざるを得ない, 派兵しなければならない (いけない), せねばならない, しなくてはならない (いけない),
  // しないわけにはいかない (must send): the negation that closes a double one; not after a verb of avoiding or
  // preventing (避けなければならない: must avoid it), and なかった is read as its token なか.
  notStanceAfter: withWhichNotSaid(
    /(?:(?<!避け|阻止し|防が|止め|回避し|控え|慎ま|やめ)(?:ざるを(?:得|え)|(?:なけれ|ね)ば(?:なら|いけ)|なくて(?:は)?(?:なら|いけ))(?:ない|ず|ません|なかっ?)|(?:ない|せぬ)わけにはいか(?:ない|ず|ません|なかっ?)|問わず|限らず|(?:とどま|留ま|止ま)らず|のみならず|(?:だけ|ばかり|のみ)でなく|(?:幾つ|いくつ|何ら|なんら|誰|だれ|どこ|いずれ)か|(?<![\u4e00-\u9fff])(?:軍|部隊|兵|兵士|勢力|戦闘員)を[^、。をはも]{0,8}から[^、。をはも]{0,6}排除|(?:例外|漏れ|もれ|間違い|容赦|間も|まも|絶え間|躊躇|ためらい|遠慮|否応|仕方|やむ|止む|余儀)なく|(?<![\u4e00-\u9fff])(?:軍|部隊|兵|兵士|勢力|戦闘員)を排除|(?:変更|変わり)[はが](?:ない|なく)|辞さ(?:ない|ず))$/u,
    () => `${WHICH_Q}かは?${NOT_SAID}`,
  ),
  // 肯定も否定もしていない (neither confirmed nor denied), コメントしない / 論評を避けた (declined to comment),
  // 質問に応じなかった / 問いかけに一言も応じず (did not answer questions; not 呼びかけ, an appeal, nor 応じない方針, a policy),
  // 確認を避けた (declined to confirm): the question stays open.
  // ささやかれている, 取り沙汰されている, うわさが: talk, not a report (rumours, as 噂).
  hedgePhrases:
    /^(?:ささやかれ|取り沙汰|うわさ(?=[がのにをされ])|(?:肯定も否定も|否定も肯定も)(?:せず|しておらず|し(?:ていない|ていません|なかった|ない|ません|ませんでした))?|(?=答え)(?<=(?:質問|問い)(?:に|には))(?<!(?:それ以上|詳細|具体的な|他|ほか|追加)[^。]{0,8})(?<!(?:述べ|語っ|語り|認め|否定し|表明し|強調し|明かし|明らかにし)[^。]{0,80})答え(?:ない|なかった|ていない)(?!、)|(?=応じ)(?<=(?:質問|問い|問いかけ|取材|問い合わせ)(?:に|には)(?:一言も|一切|いっさい)?)(?<!(?:述べ|語っ|語り|認め|否定し|表明し|強調し|明かし|明らかにし|発表し|明言し|断言し|主張し)[^。]{0,80})応じ(?:ない|なかった|ていない|ず)(?!(?:考え|方針|姿勢|意向|構え))(?![^。]*(?:述べ|語っ|語り|認め|否定し|表明し|強調し|明かし|明らかにし|発表し|明言し|断言し|主張し))|(?:コメント|論評|明言|言及)(?:は|を)?(?:しない|しなかった|していない|しておらず|しません|せず|控え|差し控え|避け)|(?<=^|[、。\s「」をはがもにで]|事実関係の|事実の|報道の|報道内容の|情報の|発言の|真偽の|その|この)確認を(?:差し控え|控え|避け))/u,
  // 臆病さを捨てる (cast off cowardice), 弱腰を改める: the verb negates the word before it, as ない would.
  // 避けられる, 回避できる (can be avoided): the negation of "inevitable" (避けられない, see avoid).
  // 〜になるな, 逃げるな (the prohibitive な after a verb's dictionary form, before と or the sentence's end).
  negationPhrases:
    /^(?:(?<=[るうくすつぬぶむぐ])な(?=[と」』。！!、―—]|$)|(?<=(?:臆病|弱腰|卑怯)さ?を)(?:捨て|改め|やめ|止め|克服)|避(?=けられる|けうる|けることが(?:できる|可能))|回避(?=できる|でき得る|しうる|し得る|可能|が可能))/u,
  // …との主張を取り下げた (took back the claim that …) denies it as 撤回 does; not この/その主張, which may be an objection
  // to it (reviews r91, r93). 主張を取り下げず (did not take it back): its negation negates nothing (notStance).
  // Denials the segmenter splits (退けた: rejected, 打ち消した: refuted, 偽情報: disinformation) or
  // that no denial word holds (一蹴した, 根拠のない: groundless); はねつけた, 反駁した, not before 、 (〜をはねつけ、… then
  // states its own position).
  denialPhrases:
    /^(?:(?<=(?:との|という)(?:主張|発言|見解|警告|見方|説)を)取り下げ|退け|打ち消|一蹴|一笑に付|(?<=は)論外(?=だ|と|で)|(?<=と)切り捨て|(?=はね|突っぱね|反駁)(?<!と(?:述べ|語り|強調し|説明し|明言し|表明し)、[^。]{0,40})(?:(?:はね(?:つけ|付け)|突っぱね)(?!、)|反駁(?!し、|して、))|偽情報|根拠(?:の|が|は)な[いく]|(?:うそ|嘘)(?:だ|で|と)|事実と(?:は)?異な|検討の対象外)/u,
  // 〜することを（キーウ側に）認めた: allowed an act (a verb's dictionary form before こと), not admitted a
  // fact (したことを認めた) or a state (用意があること, していること).
  permits: {
    words: words('認め 認める 認めた'),
    after: /(?:[うくすつぬむぐぶ]|(?<![あい])る)(?:こと|の)を(?:[^、。]{1,8}に)?$/u,
  },
  complementisers: { that: words(''), whether: words('か どうか') },
  intentionNouns: words('考え つもり 予定 方針 意向 意思'),
  taboos: words('タブー'),
  keeps: words('排除 除外'),
  evidence: words('証拠 写真 名前 詳細'),
  interrogatives: /何(?![らもかどとて故時処人回年日度分件隻機台名週月])/u,
  // そうした / そのような / こうした 構想・計画・予定 はない: "no such plan" (not その, which may be any plan: その予定はない).
  noPlan:
    /(?:そうした|そのような|こうした)(?:構想|計画|予定|考え|方針)は(?:まったく|全く|一切|そもそも)?(?:ない|無い|ありません|存在しない|存在しなかった|存在しません|持っていない|持っていません|持たない)/u,
  // "For now", "at present": a plan not made yet (see noPlanSaid).
  notYet: /今のところ|現時点|現在のところ|当面|まだ|差し当たり/u,
  // A contrast after the no: "…はないが、停戦後に検討する".
  contrastAfterNo: /^[^。]{0,40}?(?:が、|けれど|けど|しかし|ものの)/u,
  conditionAsked: /なら|たら|れば|場合/u,
  // その用意はある (there is that readiness), as the no of noPlan turned round.
  saidYes:
    /(?:その通り|そのとおり)(?:だ|です)?と|(?<!なら|ならば|であれば|れば)(?:その|そうした)(?:用意|準備)(?:は|が)(?:ある|あります)と(?:答え|述べ|明言|語っ|話し|強調)/u,
  // 選択肢から外さない (does not take it off the options): kept open, as 排除しない; 外した rules it out.
  keepPhrases: /^(?<=から)外(?=[さしす])/u,
  // Words of avoiding: the negation after one (避けられない, 回避できない) says the thing is inevitable.
  avoid: words('避 避け 避ける 回避 免 免れ'),
  collectiveActors: /(?:数か国|数カ国|数ヶ国|一部の国|複数の国|いくつかの国|幾つかの国)(?:が|は)/u,
  collectiveEnds: /が、|けれど|ものの|とともに|と共に|から|に対し|一方/u,
  speakerPronouns: /自ら|自国|わが国|我が国/u,
  synonyms: [['部隊', '軍', '兵士', '自衛隊員', '軍隊', '兵']],
  // How this language names people (the officials matcher reads it: see match/titles.ts).
  places: {
    prepositions: '',
    origin: 'から',
    after: 'へ 国内 内',
    sendingAfter: '派兵 派遣 増派 出兵',
    where: 'で',
    materiel: {
      nouns:
        '車両|高機動車|戦闘車両?|装甲車両?|装甲車|装備品?|護衛艦|艦艇|艦船|航空機|戦闘機|輸送機|武器|弾薬|物資|在庫|備蓄|戦車|ミサイル',
    },
  },
  people: {
    generation: { words: 'ジュニア' },
    unrelated: 'とは別人|と同姓同名|同姓同名',
    titles: ['大統領', '外相', '首相', '大使', '国連大使', '外務大臣', '国防相', '長官', '報道官', '氏', '首席'],
    context: { officeAfter: /^の?(?:職(?![員人])|座(?![談右席])|ポスト|椅子)/u },
    after: [
      '氏',
      'さん',
      '様',
      '大使',
      '国連大使',
      '外相',
      '大統領',
      '首相',
      '長官',
      '代表',
      '議員',
      '報道官',
      '国防相',
      '外務大臣',
      '次官',
    ],
  },
  // Cue words, folded (trailing * = word prefix; leading ~ = may start inside a word; Japanese ones are
  // substrings): who speaks, and whether a sentence reports a denial or a confirmation (match/cues.ts).
  cues: {
    report: [
      'と述べた',
      'と語った',
      'によると',
      'によれば',
      'と強調した',
      '述べ',
      '語った',
      '明らかにした',
      'と話した',
      'と発表した',
      'と指摘した',
      '否定した',
      'と説明した',
      'と主張した',
      '表明した',
      'と明言した',
    ],
    deny: ['否定', '否認', 'ない', 'ません', 'なかった', '事実無根'],
    confirm: ['認めた', '確認した', '認める'],
    keep: ['否定しない', '排除しない', '排除できない', '否定できない', '除外しない'],
  },
};
