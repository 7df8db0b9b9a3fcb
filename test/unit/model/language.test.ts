import assert from 'node:assert/strict';
import { analyze, classifyHeading } from '../../../server/src/model';
import { detectLanguage } from '../../../server/src/model/language';

describe('model: the report\'s language and its section names', () => {
  it('tells the language from its script or its common words, English when the text says too little', () => {
    assert.deepEqual(detectLanguage('## Summary\n\nThe checkout was down for all of our users and we were not able to take orders.'), { code: 'en', known: true });
    assert.deepEqual(detectLanguage('## 概要\n\n決済サービスが約12分間停止し、ユーザーは支払いができませんでした。'), { code: 'ja', known: true });
    assert.deepEqual(detectLanguage('## Résumé\n\nLe service de paiement était indisponible pour les utilisateurs et les commandes ont été perdues dans la soirée.'), { code: 'fr', known: true });
    assert.deepEqual(detectLanguage('## Resumen\n\nEl sitio no respondió para los usuarios y se perdieron ventas de la tienda por el fallo del contenedor.'), { code: 'es', known: true });
    assert.deepEqual(detectLanguage('## Resumo\n\nO site ficou fora do ar para os usuários e não foi possível fazer pedidos durante a noite.'), { code: 'pt', known: true });
    assert.deepEqual(detectLanguage('## Zusammenfassung\n\nDer Dienst war für die Nutzer nicht erreichbar und es wurden keine Bestellungen angenommen, weil der Server ausfiel.'), { code: 'de', known: true });
    assert.deepEqual(detectLanguage('## Sommario\n\nIl servizio di pagamento non era disponibile per gli utenti e non sono stati completati gli ordini della sera.'), { code: 'it', known: false });
    assert.deepEqual(detectLanguage('## 概述\n\n支付服务中断了十二分钟，用户无法完成付款，我们随后回滚了配置并恢复了服务。'), { code: 'zh', known: false });
    assert.deepEqual(detectLanguage('## 요약\n\n배포 후 결제 서비스가 12분 동안 응답하지 않았습니다. 설정을 되돌려 복구했습니다.'), { code: 'ko', known: true });
    assert.deepEqual(detectLanguage('Checkout down.'), { code: 'en', known: true });
  });

  it('does not let code or links decide the language', () => {
    assert.equal(detectLanguage('## Summary\n\nIt failed.\n\n```\nle la les des est sont et un une du au aux pour dans sur par avec qui que\n```\n').code, 'en');
  });

  // Headings as reports in these languages write them: Kaikei-e/S4rCiv@7ebc12f9047a docs/postmortem/2026-06-07-cloudflare-tunnel-1033-edge-timeout.md, charchess/vixens@d33fc8038058 docs/troubleshooting/post-mortems/2026-02-28-cluster-admission-paralysis.md, gabrielpantoja-cl/inmogrid@70b22bdfd1bc docs/06-deployment/POSTMORTEM_2026-01-01_UNHEALTHY_CONTAINER.md.
  const headings: Array<[string, string[]]> = [
    ['サマリー', ['summary']],
    ['タイムライン（JST）', ['timeline']],
    ['根本原因', ['root_cause']],
    ['影響範囲', ['impact']],
    ['検知', ['detection']],
    ['再発防止策', ['action_items']],
    ['ふりかえり', ['lessons_learned']],
    ['1. 📝 RÉSUMÉ EXÉCUTIF', ['summary']],
    ['Chronologie des événements', ['timeline']],
    ['Analyse des causes racines', ['root_cause']],
    ['Leçons apprises', ['lessons_learned']],
    ['Línea de tiempo', ['timeline']],
    ['Causa raíz y resolución', ['root_cause', 'resolution']],
    ['Método de detección', ['detection']],
    ['Lo que NO funcionó', ['lessons_learned']],
    ['Linha do tempo', ['timeline']],
    ['Lições aprendidas', ['lessons_learned']],
    ['Zeitlicher Ablauf', ['timeline']],
    ['Ursachenanalyse', ['root_cause']],
    ['Maßnahmen', ['action_items']],
    ['요약', ['summary']],
    ['타임라인', ['timeline']],
    ['근본 원인', ['root_cause']],
    ['재발 방지 대책', ['action_items']],
  ];
  for (const [heading, kinds] of headings) {
    it(`reads ${JSON.stringify(heading)} as ${kinds.length ? kinds.join(' and ') : 'no section'}`, () => {
      assert.deepEqual(classifyHeading(heading), kinds);
    });
  }

  it('reads English company vocabulary', () => {
    const cases: Array<[string, string[]]> = [
      ['Remediation', ['action_items']],
      ['Future Work', ['action_items']],
      ['Agreed actions', ['action_items']],
      ['Resulting Action(s)', ['action_items']],
      ['TODO list', ['action_items']],
      ['What went well', ['lessons_learned']],
      ["What didn't go so well?", ['lessons_learned']],
      ['What could have gone better?', ['lessons_learned']],
      ['Things that went poorly', ['lessons_learned']],
      ['Issue Description', ['summary']],
      ['Impact Summary', ['impact']],
      ['Actions taken', []],
      ['How was it fixed', ['resolution']],
      ['Post-resolution', []],
    ];
    for (const [heading, kinds] of cases) assert.deepEqual(classifyHeading(heading), kinds, heading);
  });

  it('keeps the model\'s language with it', () => {
    assert.equal(analyze('# 障害報告\n\n## 概要\n\n決済サービスが停止し、ユーザーは支払いができませんでした。\n').language.code, 'ja');
  });
});
