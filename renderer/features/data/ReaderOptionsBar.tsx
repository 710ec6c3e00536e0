// How the file is read, as detected, each overridable; a change re-runs import.preview.
// "Auto" options show what was detected so the analyst sees it without opening the list.
import type { ReactNode } from 'react';
import { Select, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DelimiterSchema, TextEncodingSchema, type PreviewOutput, type PreviewTable, type ReaderOptions } from '../../../shared/contract/domains/import';
import { formatPercent } from '../../../shared/i18n/format';
import { formatBytes } from './progress-math';

const AUTO = 'auto';
type HeaderChoice = 'auto' | 'first' | 'none';
type NullChoice = NonNullable<ReaderOptions['nullMarkers']>;

export interface ReaderOptionsBarProps {
  preview: PreviewOutput;
  table: PreviewTable | undefined;
  options: ReaderOptions;
  allTables: readonly string[];
  disabled: boolean;
  onChange: (options: ReaderOptions) => void;
}

function Labelled({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <label data-testid={testId} style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <Typography.Text type="secondary" style={{ whiteSpace: 'nowrap' }}>
        {label}
      </Typography.Text>
      {children}
    </label>
  );
}

function headerChoice(header: ReaderOptions['header']): HeaderChoice {
  if (header === true) return 'first';
  if (header === false) return 'none';
  return 'auto';
}

export function ReaderOptionsBar({ preview, table, options, allTables, disabled, onChange }: ReaderOptionsBarProps) {
  const { t } = useTranslation('data');
  const isText = preview.format === 'csv';
  const delimiterName = (d: string) => (DelimiterSchema.safeParse(d).success ? t(`delimiters.${d as ',' | ';' | '\t' | '|'}`) : JSON.stringify(d));
  const detectedEncoding = preview.encoding?.toUpperCase() ?? '';
  const set = (patch: Partial<ReaderOptions>) => onChange({ ...options, ...patch });

  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '8px 16px', alignItems: 'center' }} data-testid="reader-options">
      <span>
        <Tag color="blue" data-testid="preview-format" data-value={preview.format}>
          {preview.format.toUpperCase()}
          {preview.dialect ? ` · ${preview.dialect}` : ''}
        </Tag>
        <Typography.Text type="secondary">{formatBytes(preview.size)}</Typography.Text>
      </span>
      {isText ? (
        <Labelled label={t('preview.encoding')} testId="preview-encoding">
          <Select
            size="small"
            style={{ width: 290 }}
            disabled={disabled}
            aria-label={t('preview.encoding')}
            value={options.encoding ?? AUTO}
            data-detected={preview.encoding ?? ''}
            onChange={(value: string) => {
              const parsed = TextEncodingSchema.safeParse(value);
              set({ encoding: parsed.success ? parsed.data : undefined });
            }}
            options={[
              {
                value: AUTO,
                label: !preview.encoding
                  ? t('preview.encodingAutoNone')
                  : preview.encodingConfidence === null
                    ? t('preview.encodingAutoPlain', { encoding: detectedEncoding })
                    : t('preview.encodingAuto', { encoding: detectedEncoding, confidence: formatPercent(preview.encodingConfidence, undefined, 0) }),
              },
              ...TextEncodingSchema.options.map((e) => ({ value: e, label: e.toUpperCase() })),
            ]}
          />
        </Labelled>
      ) : null}
      {isText ? (
        <Labelled label={t('preview.delimiter')} testId="preview-delimiter">
          <Select
            size="small"
            style={{ width: 200 }}
            disabled={disabled}
            aria-label={t('preview.delimiter')}
            value={options.delimiter ?? AUTO}
            data-detected={preview.delimiter ?? ''}
            onChange={(value: string) => {
              const parsed = DelimiterSchema.safeParse(value);
              set({ delimiter: parsed.success ? parsed.data : undefined });
            }}
            options={[
              { value: AUTO, label: preview.delimiter ? t('preview.delimiterAuto', { delimiter: delimiterName(preview.delimiter) }) : t('preview.encodingAutoNone') },
              ...DelimiterSchema.options.map((d) => ({ value: d, label: delimiterName(d) })),
            ]}
          />
        </Labelled>
      ) : null}
      {allTables.length > 1 ? (
        <Labelled label={t('preview.sheets')} testId="preview-sheets">
          <Select
            size="small"
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            style={{ minWidth: 180, maxWidth: 360 }}
            disabled={disabled}
            aria-label={t('preview.sheets')}
            placeholder={t('preview.sheetsAll')}
            value={options.sheets ?? []}
            onChange={(value: string[]) => set({ sheets: value.length > 0 ? value : undefined })}
            options={allTables.map((name) => {
              const hidden = preview.sheets.find((s) => s.name === name)?.hidden;
              return { value: name, label: hidden ? `${name}${t('preview.sheetHidden')}` : name };
            })}
          />
        </Labelled>
      ) : null}
      {preview.format !== 'sqlite' && preview.format !== 'sql' ? (
        <Labelled label={t('preview.header')} testId="preview-header">
          <Select<HeaderChoice>
            size="small"
            style={{ width: 210 }}
            disabled={disabled}
            aria-label={t('preview.header')}
            value={headerChoice(options.header)}
            data-detected={table?.headerRow ?? ''}
            onChange={(value) => set({ header: value === 'first' ? true : value === 'none' ? false : undefined })}
            options={[
              { value: 'auto', label: table?.headerRow ? t('preview.headerAuto', { row: table.headerRow }) : t('preview.headerAutoNone') },
              { value: 'first', label: t('preview.headerFirst') },
              { value: 'none', label: t('preview.headerNone') },
            ]}
          />
        </Labelled>
      ) : null}
      <Labelled label={t('preview.nulls')} testId="preview-nulls">
        <Select<NullChoice>
          size="small"
          style={{ width: 210 }}
          disabled={disabled}
          aria-label={t('preview.nulls')}
          value={options.nullMarkers ?? 'empty'}
          onChange={(value) => set({ nullMarkers: value === 'empty' ? undefined : value })}
          options={[
            { value: 'empty', label: t('preview.nullsEmpty') },
            { value: 'common', label: t('preview.nullsCommon') },
            { value: 'none', label: t('preview.nullsNone') },
          ]}
        />
      </Labelled>
    </div>
  );
}
