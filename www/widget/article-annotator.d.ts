// Types of dist/article-annotator.js, the embeddable Article Annotator widget (one ES module).
// Offsets in Annotations are UTF-16 code units: text.slice(start, end) === span.text.

export type EntityLabel = "PERSON" | "NORP" | "FAC" | "ORG" | "GPE" | "LOC" | "PRODUCT" | "EVENT"
  | "WORK_OF_ART" | "LAW" | "LANGUAGE" | "DATE" | "TIME" | "PERCENT" | "MONEY" | "QUANTITY"
  | "ORDINAL" | "CARDINAL";
export type ClaimKind = "attributed" | "alleged" | "denied";
export interface TextSpan { start: number; end: number; text: string; }
export interface Sentence { start: number; end: number; }
export interface EntityMention extends TextSpan { label: EntityLabel; /** id of the entity in `groups` */ entity: number; }
export interface Claim {
  kind: ClaimKind;
  cue: TextSpan;
  source: TextSpan | null;
  /** id of the entity (in `groups`) the source refers to, when known */
  sourceEntity: number | null;
  content: TextSpan;
  /** true when the whole content is one quotation */
  direct: boolean;
}
export interface EntityGroup { id: number; label: EntityLabel; name: string; mentions: number; }
export interface Annotations {
  offsets: "utf16";
  sentences: Sentence[];
  entities: EntityMention[];
  claims: Claim[];
  groups: EntityGroup[];
}

export interface AnnotateElementOptions {
  /** Entity labels to draw (default: all). */
  labels?: EntityLabel[] | null;
  /** Claim kinds to draw (default: all). */
  kinds?: ClaimKind[] | null;
  /** CSS selector of subtrees to leave alone, besides script, style, code, pre, form fields and contenteditable. */
  skip?: string;
  /** Annotate again (debounced) when the element's content changes. Default true. */
  observe?: boolean;
  /** Tooltips on hover and keyboard focus. Default true. */
  tooltips?: boolean;
  /** An export bar (copy JSON; download JSON, Web Annotation, CSV) right after the element. Default false. */
  toolbar?: boolean;
  /** File name (without extension) of the export bar's downloads. Default "annotations". */
  basename?: string | null;
}

export interface AnnotationHandle {
  readonly element: Element;
  /** The text the annotator read (text nodes in order; block elements separated by line breaks). */
  readonly text: string;
  /** The annotations of `text` (offsets into `text`). */
  readonly annotations: Annotations;
  /** Annotates the current content again now. */
  refresh(): AnnotationHandle;
  /** Removes everything the widget added; the element's DOM is as it was before. */
  clear(): void;
}

/** Annotates `element` in place; rejects if the annotator cannot load. */
export function annotateElement(element: Element, options?: AnnotateElementOptions): Promise<AnnotationHandle>;
/** Annotates every [data-annotate] element of `root` not annotated yet. */
export function annotateAll(root?: ParentNode): Promise<(AnnotationHandle | null)[]>;
/** The handle of an element annotated in place, if it still is. */
export function handleOf(element: Element): AnnotationHandle | null;
/** The options an element asks for with data-annotate-labels, data-annotate-kinds, data-annotate-skip. */
export function optionsFromAttributes(element: Element): AnnotateElementOptions;
/** Loads the annotator (once); resolves to its version. */
export function load(): Promise<string>;
/** Annotates plain text. */
export function annotate(text: string): Promise<Annotations>;

/** <article-annotator labels="PERSON ORG" kinds="attributed" theme="light|dark" placeholder basename source> */
export class ArticleAnnotatorElement extends HTMLElement {
  readonly annotations: Annotations | null;
  value: string;
  annotate(): Promise<Annotations | null>;
}

export type ExportFormat = "json" | "jsonld" | "csv";
export interface WebAnnotationOptions {
  /** IRI of the annotated document (default: a fresh urn:uuid). */
  source?: string;
  /** IRI of the collection; annotations get `${id}#entity-N` / `#claim-N` (default: urn:uuid each). */
  id?: string;
  generator?: { name?: string; homepage?: string };
  created?: string;
}
/** {text, ...annotations} as JSON. */
export function toJSON(text: string, doc: Annotations, options?: { indent?: number }): string;
/** W3C Web Annotation AnnotationCollection: TextQuoteSelector + TextPositionSelector (code points). */
export function toWebAnnotation(text: string, doc: Annotations, options?: WebAnnotationOptions): object;
export function toJSONLD(text: string, doc: Annotations, options?: WebAnnotationOptions): string;
/** Claims as RFC 4180 CSV (CRLF), formula-injection-safe. */
export function claimsToCSV(text: string, doc: Annotations): string;
export const FORMATS: Record<ExportFormat, { label: string; ext: string; type: string; make: (text: string, doc: Annotations, options?: object) => string }>;
export function exportAs(format: ExportFormat, text: string, doc: Annotations, options?: WebAnnotationOptions & { basename?: string }): { content: string; filename: string; type: string };
export function copyText(content: string, d?: Document): Promise<boolean>;
export function download(content: string, filename: string, type?: string, d?: Document): void;

declare global {
  interface HTMLElementTagNameMap { "article-annotator": ArticleAnnotatorElement; }
  /** Set when the module runs, for classic scripts (wiki gadgets). */
  var ArticleAnnotator: {
    annotate: typeof annotate; annotateElement: typeof annotateElement; annotateAll: typeof annotateAll;
    handleOf: typeof handleOf; load: typeof load; toJSON: typeof toJSON; toJSONLD: typeof toJSONLD;
    toWebAnnotation: typeof toWebAnnotation; claimsToCSV: typeof claimsToCSV; exportAs: typeof exportAs;
    copyText: typeof copyText; download: typeof download;
  } | undefined;
}
