import { useTranslation } from "react-i18next";
import { TextField } from "./text-field";

/**
 * The account email input shared by sign-in and first-instructor setup. autoComplete
 * "username" so password managers pair it with the password field that follows.
 */
export function EmailField({
  id,
  value,
  onChange,
  error,
}: {
  id: string;
  value: string;
  onChange: (email: string) => void;
  error?: string;
}) {
  const { t } = useTranslation("auth");
  return (
    <TextField
      id={id}
      label={t("field.email")}
      type="email"
      autoComplete="username"
      required
      value={value}
      onChange={(e) => onChange(e.target.value)}
      error={error}
    />
  );
}
