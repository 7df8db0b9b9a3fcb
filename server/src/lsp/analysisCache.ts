// One analysis per document version: every feature asking about the same version shares it,
// and the lint result with it, per configuration (a settings change makes a new one).

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../model';
import type { PostmortemModel } from '../model';
import { lint } from '../rules';
import type { Diagnostic, LintConfig } from '../rules';

export class AnalysisCache {
  private readonly entries = new Map<string, { version: number; model: PostmortemModel }>();
  private readonly lints = new WeakMap<PostmortemModel, { config: LintConfig; diagnostics: Diagnostic[] }>();

  get(document: TextDocument): PostmortemModel {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.model;
    const model = analyze(document.getText());
    this.entries.set(document.uri, { version: document.version, model });
    return model;
  }

  /** `lint(model, config)`, computed once per model and configuration. */
  diagnostics(model: PostmortemModel, config: LintConfig): Diagnostic[] {
    const cached = this.lints.get(model);
    if (cached?.config === config) return cached.diagnostics;
    const diagnostics = lint(model, config);
    this.lints.set(model, { config, diagnostics });
    return diagnostics;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
