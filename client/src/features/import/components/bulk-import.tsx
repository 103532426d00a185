import { useId, useState, type DragEvent } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQueryClient } from "@tanstack/react-query";
import { describeError } from "@/lib/api-client";
import { useFormat } from "@/lib/format";
import { queryRoots } from "@/lib/query-keys";
import { saveDocument } from "../api/save-document";
import { NoticeFileError, readNoticeFile } from "../utils/read-notice-file";

type FileState =
  | { status: "waiting" }
  | { status: "reading" }
  | { status: "importing" }
  | { status: "created"; documentId: string; title: string; itemCount: number }
  | { status: "stored"; documentId: string; title: string }
  | { status: "refused"; reason: string };

interface FileEntry {
  key: string;
  name: string;
  state: FileState;
}

const isDone = (state: FileState) =>
  state.status === "created" || state.status === "stored" || state.status === "refused";

/**
 * Many notices at once: each file is read here (.txt decoded, .docx converted) and imported
 * as read, through the same POST /api/documents as one notice, one file after another (the
 * server extracts one notice at a time anyway). A file that fails is reported with its reason
 * and the next one goes on; nothing is previewed or corrected here: a file's notice can be
 * opened and its record edited afterwards.
 */
export function BulkImport() {
  const { t } = useTranslation("import");
  const format = useFormat();
  const uid = useId();
  const queryClient = useQueryClient();
  const [entries, setEntries] = useState<FileEntry[]>([]);
  const [isRunning, setIsRunning] = useState(false);
  const [isOver, setIsOver] = useState(false);

  const update = (key: string, state: FileState) =>
    setEntries((current) => current.map((e) => (e.key === key ? { ...e, state } : e)));

  const importOne = async (key: string, file: File) => {
    update(key, { status: "reading" });
    let text: string;
    try {
      text = await readNoticeFile(file);
    } catch (error) {
      const reason =
        error instanceof NoticeFileError
          ? error.message
          : t("file.unreadable", { name: file.name });
      update(key, { status: "refused", reason });
      return;
    }
    update(key, { status: "importing" });
    try {
      const { created, document } = await saveDocument({ text, fileName: file.name });
      update(
        key,
        created
          ? {
              status: "created",
              documentId: document.id,
              title: document.title,
              itemCount: document.itemCount,
            }
          : { status: "stored", documentId: document.id, title: document.title },
      );
    } catch (error) {
      update(key, { status: "refused", reason: describeError(error) });
    }
  };

  const importAll = async (files: File[]) => {
    if (files.length === 0 || isRunning) return;
    const batch = files.map((file, k) => ({
      key: `${Date.now()}-${k}`,
      name: file.name,
      file,
    }));
    setEntries(batch.map(({ key, name }) => ({ key, name, state: { status: "waiting" } })));
    setIsRunning(true);
    try {
      for (const { key, file } of batch) await importOne(key, file);
    } finally {
      setIsRunning(false);
      // Once for the batch: new notices add items to every tier and summary.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryRoots.documents }),
        queryClient.invalidateQueries({ queryKey: queryRoots.items }),
        queryClient.invalidateQueries({ queryKey: queryRoots.summary }),
      ]);
    }
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setIsOver(false);
    void importAll([...event.dataTransfer.files]);
  };

  const done = entries.filter((e) => isDone(e.state)).length;
  const count = (status: FileState["status"]) =>
    entries.filter((e) => e.state.status === status).length;
  const inputId = `${uid}-files`;

  return (
    <section className="panel bulk-import" aria-labelledby={`${uid}-title`}>
      <h2 className="panel__title" id={`${uid}-title`}>
        {t("bulk.title")}
      </h2>
      <p className="hint" id={`${uid}-hint`}>
        {t("bulk.hint")}
      </p>
      <div
        className={`dropzone${isOver ? " dropzone--over" : ""}`}
        data-testid="bulk-dropzone"
        onDragOver={(event) => {
          event.preventDefault();
          setIsOver(true);
        }}
        onDragLeave={() => setIsOver(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId}>{t("bulk.choose")}</label>
        <input
          id={inputId}
          type="file"
          multiple
          disabled={isRunning}
          accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          aria-describedby={`${uid}-hint`}
          onChange={(event) => {
            const files = [...(event.target.files ?? [])];
            // Cleared so the same files can be chosen again after a fix.
            event.target.value = "";
            void importAll(files);
          }}
        />
        <p className="muted">{t("bulk.drop")}</p>
      </div>

      {entries.length > 0 && (
        <>
          <div className="bulk-import__progress">
            <progress value={done} max={entries.length} aria-labelledby={`${uid}-progress`} />
            <p role="status" id={`${uid}-progress`}>
              {isRunning
                ? t("bulk.progress", {
                    done: format.number(done),
                    total: format.number(entries.length),
                  })
                : t("bulk.summary", {
                    created: format.number(count("created")),
                    stored: format.number(count("stored")),
                    refused: format.number(count("refused")),
                  })}
            </p>
          </div>
          <ul className="bulk-import__files" aria-label={t("bulk.files")}>
            {entries.map((entry) => (
              <FileRow key={entry.key} entry={entry} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function FileRow({ entry }: { entry: FileEntry }) {
  const { t } = useTranslation("import");
  const { state } = entry;
  return (
    <li className={`bulk-file bulk-file--${state.status}`} data-testid="bulk-file">
      <span className="bulk-file__name">{entry.name}</span>
      <span className="bulk-file__state">
        {state.status === "waiting" && t("bulk.waiting")}
        {state.status === "reading" && t("bulk.reading")}
        {state.status === "importing" && (
          <>
            <progress aria-label={t("bulk.importing")} /> {t("bulk.importing")}
          </>
        )}
        {state.status === "created" && (
          <>
            {t("bulk.created", { count: state.itemCount })}{" "}
            <Link to={`/documents/${encodeURIComponent(state.documentId)}`} lang="zh-Hans">
              {state.title}
            </Link>
          </>
        )}
        {state.status === "stored" && (
          <>
            {t("bulk.stored")}{" "}
            <Link to={`/documents/${encodeURIComponent(state.documentId)}`} lang="zh-Hans">
              {state.title}
            </Link>
          </>
        )}
        {state.status === "refused" && (
          <>
            <strong>{t("bulk.refused")}</strong> {state.reason}
          </>
        )}
      </span>
    </li>
  );
}
