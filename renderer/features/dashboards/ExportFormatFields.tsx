// The choices both export dialogs share: the file's format (Excel workbook or PDF), the language
// the file is written in (the UI's by default) and, for a PDF, the paper (always landscape).
import { Radio, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PDF_PAGE_SIZES, type ExportDocumentFormat } from '../../../shared/contract/domains/exports';
import { locales, type Locale } from '../../../shared/i18n/locales';

export type PdfPageSize = (typeof PDF_PAGE_SIZES)[number];

export interface ExportFormatChoice {
  readonly format: ExportDocumentFormat;
  readonly language: Locale;
  readonly pageSize: PdfPageSize;
}

export interface ExportFormatFieldsProps {
  readonly value: ExportFormatChoice;
  readonly onChange: (value: ExportFormatChoice) => void;
  readonly disabled: boolean;
  /** What each format holds, in the dialog's words (a dashboard's widgets, the report's parts). */
  readonly hints: { readonly xlsx: string; readonly pdf: string };
  readonly testId: string;
}

export function ExportFormatFields({ value, onChange, disabled, hints, testId }: ExportFormatFieldsProps) {
  const { t } = useTranslation('export-page');
  const set = (patch: Partial<ExportFormatChoice>) => onChange({ ...value, ...patch });
  return (
    <Space orientation="vertical" size={10} style={{ width: '100%' }}>
      <div>
        <Typography.Text strong>{t('form.format')}</Typography.Text>
        <Radio.Group
          value={value.format}
          onChange={(e) => set({ format: e.target.value as ExportDocumentFormat })}
          disabled={disabled}
          style={{ display: 'flex', flexDirection: 'column', gap: 4, marginTop: 4 }}
          data-testid={`${testId}-format`}
        >
          <Radio value="xlsx" data-testid={`${testId}-format-xlsx`}>
            {t('form.xlsx')}
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {hints.xlsx}
            </Typography.Text>
          </Radio>
          <Radio value="pdf" data-testid={`${testId}-format-pdf`}>
            {t('form.pdf')}
            <Typography.Text type="secondary" style={{ marginInlineStart: 8, fontSize: 12 }}>
              {hints.pdf}
            </Typography.Text>
          </Radio>
        </Radio.Group>
      </div>
      <Space size={24} wrap align="start">
        <div>
          <Typography.Text strong>{t('form.language')}</Typography.Text>
          <div style={{ marginTop: 4 }}>
            <Radio.Group
              value={value.language}
              onChange={(e) => set({ language: e.target.value as Locale })}
              disabled={disabled}
              optionType="button"
              options={locales.map((l) => ({ value: l, label: t(`form.languages.${l}`) }))}
              data-testid={`${testId}-language`}
            />
          </div>
        </div>
        {value.format === 'pdf' ? (
          <div>
            <Typography.Text strong>{t('form.pageSize')}</Typography.Text>
            <div style={{ marginTop: 4 }}>
              <Radio.Group
                value={value.pageSize}
                onChange={(e) => set({ pageSize: e.target.value as PdfPageSize })}
                disabled={disabled}
                optionType="button"
                options={PDF_PAGE_SIZES.map((s) => ({ value: s, label: t(`form.pageSizes.${s}`) }))}
                data-testid={`${testId}-page-size`}
              />
            </div>
          </div>
        ) : null}
      </Space>
    </Space>
  );
}
