// One analysis per document version: every feature asking about the same version shares it.

import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze } from '../model';
import type { PostmortemModel } from '../model';

export class AnalysisCache {
  private readonly entries = new Map<string, { version: number; model: PostmortemModel }>();

  get(document: TextDocument): PostmortemModel {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version) return cached.model;
    const model = analyze(document.getText());
    this.entries.set(document.uri, { version: document.version, model });
    return model;
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }
}
