import { useTranslation } from "react-i18next";
import { COEFFICIENTS } from "@/lib/agreement-format";

/**
 * The header row of every agreement table (dashboard, its extractor table, the printed class
 * summary): the field, one count column, then each coefficient under its name.
 */
export function CoefficientHead({ field, count }: { field: string; count: string }) {
  const { t } = useTranslation("common");
  return (
    <thead>
      <tr>
        <th scope="col">{field}</th>
        <th scope="col" className="num">
          {count}
        </th>
        {COEFFICIENTS.map((name) => (
          <th key={name} scope="col" className="num">
            {t(`coefficient.${name}`)}
          </th>
        ))}
      </tr>
    </thead>
  );
}
