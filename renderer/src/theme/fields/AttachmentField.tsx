import type { FieldProps } from '@rjsf/utils';
import { useRef, useState } from 'react';
import { messages } from '../../messages';
import { themeContext } from '../formContext';
import { describedBy } from '../widgets/describedBy';

/** An answer of the attachment kind: the upload's metadata, the bytes stay on the server. */
export interface FileAnswer {
  name: string;
  mediaType: string;
  size: number;
  ref: string;
}

interface Item {
  key: number;
  name: string;
  size: number;
  type: string;
  file?: File;
  status: 'uploading' | 'done' | 'failed';
  progress: number;
  ref?: string;
  error?: string;
}

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
};
let keys = 0;

/**
 * File upload: each file goes to `POST /uploads` through the api client as soon as it is chosen,
 * with a progress bar, a retry on failure and a remove button; the answer holds only the
 * metadata and the server's `ref`. Type and size are checked before sending.
 */
export function AttachmentField(props: FieldProps) {
  const { lang, api, ente, moduleId } = themeContext(props.registry.formContext);
  const t = messages(lang);
  const id = props.fieldPathId.$id;
  // The field's place in the answers, as the server's JSON Pointer (`/gruppo/0/allegato`).
  const pointer =
    '/' + props.fieldPathId.path.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/');
  const options = (props.uiSchema?.['ui:options'] ?? {}) as {
    accept?: string;
    maxSizeMb?: number;
    multiple?: boolean;
    maxFiles?: number;
  };
  const multiple = Boolean(options.multiple);
  const maxMb = options.maxSizeMb ?? 10;
  const accept = options.accept ?? '';
  const initial = (
    Array.isArray(props.formData) ? props.formData : props.formData ? [props.formData] : []
  ) as FileAnswer[];
  const [items, setItems] = useState<Item[]>(() =>
    initial.map((f) => ({
      key: ++keys,
      name: f.name,
      size: f.size,
      type: f.mediaType,
      status: 'done',
      progress: 1,
      ref: f.ref,
    })),
  );
  const itemsRef = useRef(items);
  const input = useRef<HTMLInputElement>(null);

  const publish = (next: Item[]) => {
    itemsRef.current = next;
    setItems(next);
    const done = next
      .filter((i) => i.status === 'done' && i.ref)
      .map((i): FileAnswer => ({ name: i.name, mediaType: i.type, size: i.size, ref: i.ref! }));
    props.onChange(multiple ? (done.length ? done : undefined) : done[0], props.fieldPathId.path);
  };
  const update = (key: number, patch: Partial<Item>) => {
    const next = itemsRef.current.map((i) => (i.key === key ? { ...i, ...patch } : i));
    if (patch.status && patch.status !== 'uploading') publish(next);
    else {
      itemsRef.current = next;
      setItems(next);
    }
  };
  const send = (item: Item) => {
    if (!api || !ente || !item.file) return update(item.key, { status: 'failed', error: t.uploadFailed });
    update(item.key, { status: 'uploading', progress: 0, error: undefined });
    api
      .upload(
        ente,
        item.file,
        (p) => update(item.key, { progress: p }),
        undefined,
        moduleId ? { module: moduleId, field: pointer } : undefined,
      )
      .then((up) => update(item.key, { status: 'done', progress: 1, ref: up.id }))
      .catch((e: unknown) =>
        update(item.key, {
          status: 'failed',
          error: e instanceof Error && e.message ? e.message : t.uploadFailed,
        }),
      );
  };
  const choose = (files: FileList | null) => {
    if (!files) return;
    const chosen: Item[] = [];
    for (const file of Array.from(files)) {
      const item: Item = {
        key: ++keys,
        name: file.name,
        size: file.size,
        type: file.type,
        file,
        status: 'uploading',
        progress: 0,
      };
      if (accept && !accept.split(',').includes(file.type))
        Object.assign(item, { status: 'failed', error: t.fileType, file: undefined });
      else if (file.size > maxMb * 2 ** 20)
        Object.assign(item, { status: 'failed', error: t.fileTooBig(maxMb), file: undefined });
      chosen.push(item);
    }
    const kept = multiple ? itemsRef.current : [];
    const next = [...kept, ...chosen].slice(-(multiple ? (options.maxFiles ?? 5) : 1));
    publish(next);
    for (const item of chosen) if (item.file) send(item);
    if (input.current) input.current.value = '';
  };

  const hasError = Boolean(props.rawErrors?.length);
  const types = accept
    ? accept
        .split(',')
        .map((x) => TYPE_NAMES[x] ?? x)
        .join(', ')
    : '*';
  return (
    <div className="modulo-upload">
      <label htmlFor={id} className="modulo-label">
        {props.schema.title ?? props.name}
        {props.required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <p id={`${id}__types`} className="modulo-hint">
        {t.acceptedTypes(types, maxMb)}
      </p>
      <input
        ref={input}
        type="file"
        id={id}
        className="modulo-file"
        accept={accept || undefined}
        multiple={multiple}
        required={props.required && items.length === 0}
        aria-required={props.required ? true : undefined}
        aria-invalid={hasError ? true : undefined}
        aria-describedby={describedBy(id, Boolean(props.schema.description), hasError, `${id}__types`)}
        disabled={props.disabled || props.readonly}
        onChange={(e) => choose(e.target.files)}
      />
      {items.length ? (
        <ul className="modulo-upload__list" aria-live="polite">
          {items.map((item) => (
            <li key={item.key} className={`modulo-upload__item modulo-upload__item--${item.status}`}>
              <span className="modulo-upload__name">{item.name}</span>{' '}
              <span className="modulo-upload__size">({Math.max(1, Math.round(item.size / 1024))} KB)</span>{' '}
              {item.status === 'uploading' ? (
                <progress
                  max={100}
                  value={Math.round(item.progress * 100)}
                  aria-label={t.uploading(Math.round(item.progress * 100))}
                />
              ) : item.status === 'done' ? (
                <span className="modulo-upload__ok">{t.uploaded}</span>
              ) : (
                <span className="modulo-error-text">{item.error ?? t.uploadFailed}</span>
              )}{' '}
              {item.status === 'failed' && item.file ? (
                <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => send(item)}>
                  {t.retry}
                </button>
              ) : null}{' '}
              <button
                type="button"
                className="btn btn-outline-secondary btn-xs"
                aria-label={`${t.remove} ${item.name}`}
                onClick={() => publish(itemsRef.current.filter((i) => i.key !== item.key))}
              >
                {t.remove}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
