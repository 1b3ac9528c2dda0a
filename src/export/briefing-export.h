/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writing a composed briefing to a file: PDF for people, the Briefing JSON format for machines,
 * TimelineJS JSON for the timeline, Markdown with YAML front matter for the annotations. One entry
 * point for the command line and the window; files are replaced atomically. */
#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

#include "briefing-composition.h"
#include "briefing-page-layout.h"

G_BEGIN_DECLS

#define BRIEFING_BRIEFING_FORMAT "briefing"
#define BRIEFING_BRIEFING_VERSION 1

typedef enum
{
  BRIEFING_EXPORT_PDF,
  BRIEFING_EXPORT_JSON,
  BRIEFING_EXPORT_TIMELINEJS,
  BRIEFING_EXPORT_MARKDOWN,
} BriefingExportFormat;

/* "pdf", "json", "timelinejs", "markdown" */
gboolean    briefing_export_format_from_nick (const char           *nick,
                                              BriefingExportFormat *format);
const char *briefing_export_format_to_nick   (BriefingExportFormat  format);
/* The usual file name ending: ".pdf", ".briefing.json", ".timeline.json", ".md". */
const char *briefing_export_format_suffix    (BriefingExportFormat  format);

typedef struct
{
  BriefingPaper paper;
  gint64        creation_time;  /* PDF CreationDate, Unix seconds; -1: now. Fixed → byte-identical files */
  char         *author;         /* PDF Author metadata; nullable */
} BriefingRenderOptions;

void      briefing_render_options_init  (BriefingRenderOptions *options);
/* @dest (not yet initialized) becomes a copy of @src, which it does not share; the defaults when
 * @src is NULL. Cleared with briefing_render_options_clear(). */
void      briefing_render_options_copy  (BriefingRenderOptions       *dest,
                                         const BriefingRenderOptions *src);
void      briefing_render_options_clear (BriefingRenderOptions *options);

/* The formats for machines. */
char     *briefing_composition_to_json       (BriefingComposition *composition,
                                              gsize               *length);
JsonNode *briefing_composition_to_timelinejs (BriefingComposition *composition);
char     *briefing_composition_to_markdown   (BriefingComposition *composition);
/* The bytes of a format for machines, as briefing_export_write() writes them: JSON and TimelineJS
 * pretty-printed, UTF-8, ending with a newline; Markdown as text. Not for PDF. (transfer full) */
char     *briefing_export_to_data            (BriefingComposition  *composition,
                                              BriefingExportFormat  format,
                                              gsize                *length);

/* A format for machines (not PDF), written to @path as briefing_export_write() does: in the
 * engine's first library, for the commands that do not load the page renderer. */
gboolean  briefing_export_save_data          (BriefingComposition  *composition,
                                              BriefingExportFormat  format,
                                              const char           *path,
                                              volatile int         *progress,
                                              GCancellable         *cancellable,
                                              GError              **error);

/* PDF, written to @path atomically (briefing-pdf.c). */
gboolean  briefing_pdf_write                 (BriefingComposition         *composition,
                                              const BriefingRenderOptions *options,
                                              const char                  *path,
                                              GError                     **error);

/* Any format. @progress (nullable) is set from 0 to 1000 (‰) as the work goes; @cancellable is
 * checked between pages and sections. The file is replaced atomically; on failure an old one is
 * left as it was, nothing else is left, and the error (G_IO_ERROR) says why
 * (briefing-save-file-private.h). */
gboolean  briefing_export_write              (BriefingComposition         *composition,
                                              BriefingExportFormat         format,
                                              const BriefingRenderOptions *options,
                                              const char                  *path,
                                              volatile int                *progress,
                                              GCancellable                *cancellable,
                                              GError                     **error);
/* The same in a thread; the composition must not change meanwhile (it never does). */
void      briefing_export_write_async        (BriefingComposition         *composition,
                                              BriefingExportFormat         format,
                                              const BriefingRenderOptions *options,
                                              const char                  *path,
                                              volatile int                *progress,
                                              GCancellable                *cancellable,
                                              GAsyncReadyCallback          callback,
                                              gpointer                     user_data);
gboolean  briefing_export_write_finish       (GAsyncResult                *result,
                                              GError                     **error);

G_END_DECLS
