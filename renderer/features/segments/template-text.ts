// Texts of the starter templates. Their keys live in the 'segments' namespace (shared/segments/
// templates.ts) and arrive as data, so they are looked up untyped: a key without a text shows
// as nothing rather than as the raw key.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

export function useTemplateText(): (key: string) => string {
  const { i18n } = useTranslation();
  // i18n.language in the dependencies: a language switch gives the caller new texts.
  const language = i18n.language;
  return useCallback(
    (key: string) => {
      const options = { ns: 'segments', defaultValue: '', lng: language };
      const translate = i18n.t.bind(i18n) as (k: string, o: typeof options) => string;
      return translate(key, options);
    },
    [i18n, language],
  );
}
