// Section names, per language, as data: what a heading's words must say to name each section
// kind, and the words section names are made of. English comes first; a report may mix its own
// language with English headings, so every table is tried.

import type { SectionKind } from './types';

export interface LanguageTable {
  /** ISO 639-1 code. */
  code: string;
  name: string;
  /**
   * What names each kind, tried in order on each part of a heading (split at `and`, `&`, `/`),
   * lower-cased, without numbering, parentheses or marks. Scripts without spaces between words
   * (Japanese) match anywhere in the part.
   */
  patterns: Array<[SectionKind, RegExp]>;
  /** What joins two names in one heading (`Root cause and resolution`). */
  joiners: RegExp;
  /** The words section names are made of, for telling a heading line from a sentence. */
  nameWords: string;
  /** Frequent words of running text, for telling which language a report is written in; empty for a script of its own. */
  commonWords: string;
  /** A script that by itself says the language (kana for Japanese). */
  script?: RegExp;
  /** Names that, besides their kind, do the work of another (`Remediation` tells how it was fixed, too). */
  covers?: Array<[SectionKind, RegExp]>;
}

/** Names that open a heading's part, each ending at a word's end in any script: `names('résumé', 'synthèse')`. */
function names(...alternatives: string[]): RegExp {
  return new RegExp(`^(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

export const LANGUAGES: readonly LanguageTable[] = [
  {
    code: 'en',
    name: 'English',
    patterns: [
      ['timeline', /\btimeline\b|^chronology\b|^sequence of events\b/],
      ['root_cause', /\broot[\s-]?causes?\b|^what caused\b|^what was the (?:root )?cause\b|^causes?\b|^contributing factors?\b/],
      ['trigger', /^triggers?\b/],
      ['impact', /^impact summary\b/],
      ['action_items', /^action items?\b|^(?:corrective|prevent(?:ive|ative|ion))\b|^follow[\s-]?ups?\b|^follow[\s-]?up tasks\b|^next steps\b|^remediation\b|^future work\b|^(?:agreed|resulting|follow[\s-]?up) actions?\b|^to[\s-]?do(?: list)?\b/],
      ['resolution', /^(?:resolution|recovery|mitigation|the fix|fix|solution)\b|(?<![-\w])resolution$|^how (?:was )?(?:it|this|the (?:issue|problem)) (?:was )?(?:fixed|resolved)\b|^how we fixed it\b/],
      ['detection', /^detection\b|^how (?:it|we|the issue) (?:was )?detected\b|^(?:when|how) (?:was|were) (?:it|the (?:issue|incident|problem)) (?:first )?detected\b/],
      ['lessons_learned', /^lessons?\b|^what (?:went|could have gone|did ?n['’]?t go|did not go) (?:so )?(?:well|wrong|badly|poorly|better)\b|^things that went (?:well|wrong|badly|poorly)\b|^(?:key )?takeaways?\b/],
      ['summary', /^(?:summary|overview)\b|\b(?:summary|overview)$|^tl;?dr\b|^(?:issue|incident) description\b/],
      ['impact', /^impact\b|\bimpact$|^what was the impact\b/],
    ],
    joiners: /\s+(?:and|&)\s+|\s*[&/]\s*/,
    nameWords:
      'summary issue incident executive overview brief description details detailed short tl dr ' +
      'impact customer user business timeline chronology sequence of events event root cause causes analysis contributing factors factor ' +
      'trigger triggers resolution recovery mitigation remediation fix fixes solution the and a an our detection detected how it we was were ' +
      'action actions items item corrective preventive preventative measures prevention follow up ups next steps lessons lesson learned learnt ' +
      'what went well wrong badly poorly better could have gone so takeaways takeaway key future work agreed resulting immediate planned completed ' +
      'things didn t did not go to do list tasks problem outage postmortem post mortem report in on for with all times time zone when first ' +
      // Words a slip away from a section's word that are words of their own, not misspellings of it.
      'caused cases impacts impacted measure measured resolved recovered detected triggered timelines summaries prevent prevented lesson',
    commonWords: 'the and was were is are to of that this with for on at by from our we it not have had been which when after',
    covers: [['resolution', /^remediation\b/]],
  },
  {
    code: 'ja',
    name: 'Japanese',
    patterns: [
      ['timeline', /タイムライン|時系列|経緯|経過/],
      ['root_cause', /根本原因|原因分析|発生原因|^原因/],
      ['trigger', /トリガー|発生契機|きっかけ/],
      ['action_items', /アクションアイテム|再発防止|今後の対策|改善策|対策/],
      ['resolution', /対応内容|復旧|解決|対処|暫定対応|恒久対応|^対応/],
      ['detection', /検知|検出|発見/],
      ['lessons_learned', /教訓|学び|振り返り|ふりかえり|うまくいったこと|うまくいかなかったこと/],
      ['summary', /サマリー|サマリ|概要|要約/],
      ['impact', /影響/],
    ],
    joiners: /\s*(?:と|及び|および|・|\/|／|&)\s*/,
    nameWords: '',
    commonWords: '',
    script: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  },
  {
    code: 'fr',
    name: 'French',
    patterns: [
      ['timeline', names('chronologie', 'déroulement', 'frise chronologique', 'historique')],
      ['root_cause', names('causes? (?:racines?|profondes?|premières?)', 'analyse des causes', 'causes?')],
      ['trigger', names('déclencheurs?')],
      ['action_items', names('actions? (?:correctives|préventives|à mener)', "plan d'action", 'mesures (?:correctives|préventives)', 'prochaines étapes')],
      ['resolution', names('résolution', 'rétablissement', 'remédiation', 'correction', 'mitigation')],
      ['detection', names('détection')],
      ['lessons_learned', names('leçons? (?:apprises|tirées)', 'enseignements', "retour d'expérience", 'ce qui a (?:bien )?fonctionné', "ce qui n'a pas fonctionné")],
      ['summary', names('résumé', 'synthèse', 'sommaire')],
      ['impact', names('impacts?')],
    ],
    joiners: /\s+(?:et|&)\s+|\s*[&/]\s*/,
    nameWords: 'résumé synthèse sommaire impact impacts chronologie déroulement frise chronologique historique cause causes racine racines profonde profondes analyse des de la le les du déclencheur résolution rétablissement remédiation correction détection actions action correctives préventives mener plan mesures prochaines étapes leçons apprises tirées enseignements retour expérience et incident',
    commonWords: 'le la les des est sont et un une du au aux pour dans sur par avec qui que pas nous été',
  },
  {
    code: 'es',
    name: 'Spanish',
    patterns: [
      ['timeline', names('cronología', 'línea de tiempo', 'línea temporal')],
      ['root_cause', names('causas? raíz', 'causas?', 'análisis de causa')],
      ['trigger', names('desencadenante', 'detonante')],
      ['action_items', names('acciones?(?: correctivas| preventivas)?', 'elementos de acción', 'mejoras', 'próximos pasos', 'medidas (?:correctivas|preventivas)')],
      ['resolution', names('resolución', 'solución', 'mitigación', 'recuperación')],
      ['detection', names('detección', 'método de detección')],
      ['lessons_learned', names('lecciones aprendidas', 'aprendizajes', 'lo que (?:no )?funcionó(?: bien| mal)?', 'qué salió (?:bien|mal)')],
      ['summary', names('resumen')],
      ['impact', names('impacto')],
    ],
    joiners: /\s+(?:y|&)\s+|\s*[&/]\s*/,
    nameWords: 'resumen impacto cronología línea de del tiempo temporal causa causas raíz análisis desencadenante detonante resolución solución mitigación recuperación detección método acciones acción correctivas preventivas elementos mejoras implementadas próximos pasos medidas lecciones aprendidas aprendizajes lo que no funcionó bien mal qué salió y el la los las incidente',
    commonWords: 'el la los las de del que y en un una por para con es son se no fue',
  },
  {
    code: 'pt',
    name: 'Portuguese',
    patterns: [
      ['timeline', names('linha do tempo', 'cronologia')],
      ['root_cause', names('causas? raiz', 'causas?', 'análise de causa')],
      ['trigger', names('gatilho')],
      ['action_items', names('ações? (?:corretivas|preventivas)', 'itens de ação', 'próximos passos', 'melhorias', 'plano de ação')],
      ['resolution', names('resolução', 'solução', 'mitigação', 'recuperação')],
      ['detection', names('dete(?:c)?ção')],
      ['lessons_learned', names('lições aprendidas', 'aprendizados', 'o que (?:não )?funcionou(?: bem)?', 'o que deu (?:certo|errado)')],
      ['summary', names('resumo', 'sumário')],
      ['impact', names('impacto')],
    ],
    joiners: /\s+(?:e|&)\s+|\s*[&/]\s*/,
    nameWords: 'resumo sumário impacto linha do da de tempo cronologia causa causas raiz análise gatilho resolução solução mitigação recuperação detecção deteção ações ação corretivas preventivas itens próximos passos melhorias plano lições aprendidas aprendizados e o a os as incidente',
    commonWords: 'o a os as de do da dos das que e em um uma para com não foi por se ao',
  },
  {
    code: 'de',
    name: 'German',
    patterns: [
      ['timeline', names('zeitleiste', 'zeitablauf', 'zeitlicher ablauf', 'chronologie', 'ablauf')],
      ['root_cause', names('(?:grund)?ursachen?', 'ursachenanalyse')],
      ['trigger', names('auslöser')],
      ['action_items', names('maßnahmen', 'aktionspunkte', 'nächste schritte', 'folgemaßnahmen')],
      ['resolution', names('lösung', 'behebung', 'wiederherstellung')],
      ['detection', names('erkennung', 'entdeckung')],
      ['lessons_learned', names('lessons learned', 'erkenntnisse', 'gelernte lektionen', 'was (?:gut|schlecht|nicht gut) lief')],
      ['summary', names('zusammenfassung', 'überblick')],
      ['impact', names('auswirkungen?')],
    ],
    joiners: /\s+(?:und|&)\s+|\s*[&/]\s*/,
    nameWords: 'zusammenfassung überblick auswirkung auswirkungen zeitleiste zeitablauf zeitlicher ablauf chronologie ursache ursachen grundursache ursachenanalyse auslöser lösung behebung wiederherstellung erkennung entdeckung maßnahmen aktionspunkte nächste schritte folgemaßnahmen lessons learned erkenntnisse gelernte lektionen und der die das des vorfall',
    commonWords: 'der die das und ist sind ein eine nicht mit von zu den dem auf für wurde wurden war wir es sich auch im',
  },
  {
    code: 'ko',
    name: 'Korean',
    patterns: [
      ['timeline', /타임라인|경과|경위|시간순/],
      ['root_cause', /근본\s*원인|원인\s*분석|^원인/],
      ['trigger', /트리거|발생\s*계기/],
      ['action_items', /액션\s*아이템|후속\s*조치|재발\s*방지|개선\s*사항|향후\s*계획/],
      ['resolution', /해결|복구|조치\s*내용|^대응/],
      ['detection', /탐지|감지|발견/],
      ['lessons_learned', /교훈|배운\s*점|회고/],
      ['summary', /요약|개요/],
      ['impact', /영향/],
    ],
    joiners: /\s*(?:및|와|과|·|\/|&)\s*/,
    nameWords: '',
    commonWords: '',
    script: /\p{Script=Hangul}/u,
  },
];

/** Languages of running text we can tell but have no section names for: their reports get no section findings. */
export const OTHER_LANGUAGES: ReadonlyArray<{ code: string; commonWords?: string; script?: RegExp }> = [
  { code: 'it', commonWords: 'il la le gli di che è e un una per con non sono del della nel' },
  { code: 'nl', commonWords: 'de het een en van is dat niet op te met voor zijn wij werd' },
  { code: 'zh', script: /\p{Script=Han}/u },
  { code: 'ru', script: /\p{Script=Cyrillic}/u },
];
