/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Turns a raw news page — HTML, plain text or Markdown, as saved from a browser or copied out of
 * one — into a clean BriefingArticle: headline, outlet, publication date, authors, language, URL
 * and the body as paragraphs, without navigation, share buttons, comments, cookie banners, image
 * credits and the like. What counts as clutter is listed in data/import/clutter.json.
 *
 * Nothing is guessed: a date found in the text is the publication date only when the page says it
 * is (a meta tag, a <time> or JSON-LD datePublished, a "Published …" line); a dateline's place and
 * date are returned as hints. */
#pragma once

#include <gio/gio.h>

#include "briefing-article.h"

G_BEGIN_DECLS

#define BRIEFING_IMPORT_ERROR (briefing_import_error_quark ())

/* Pages larger than this are refused before they are parsed. */
#define BRIEFING_IMPORT_MAX_SIZE ((gsize) 32 * 1024 * 1024)

typedef enum
{
  BRIEFING_IMPORT_ERROR_IO,
  BRIEFING_IMPORT_ERROR_TOO_LARGE,
  BRIEFING_IMPORT_ERROR_EMPTY,         /* no bytes, or only white space */
  BRIEFING_IMPORT_ERROR_ENCODING,      /* not UTF-8 and no charset that converts, or binary */
  BRIEFING_IMPORT_ERROR_NO_HEADLINE,
  BRIEFING_IMPORT_ERROR_NO_TEXT,       /* no paragraph of article text */
  BRIEFING_IMPORT_ERROR_UNSUPPORTED,   /* a content type that is not text */
} BriefingImportError;

typedef enum
{
  BRIEFING_IMPORT_FORMAT_AUTO,
  BRIEFING_IMPORT_FORMAT_HTML,
  BRIEFING_IMPORT_FORMAT_TEXT,
  BRIEFING_IMPORT_FORMAT_MARKDOWN,
} BriefingImportFormat;

/* What is known of the page besides its bytes; every member may be NULL. */
typedef struct
{
  const char *content_type; /* as served, e.g. "text/html; charset=windows-1251" */
  const char *file_name;    /* its ending tells the format when there is no content type */
  const char *url;          /* where the page comes from; wins over the page's own canonical URL */
  const char *id;           /* the article's id; by default a slug of the headline */
} BriefingImportSource;

/* What the page says that is not part of a BriefingArticle. */
typedef struct
{
  BriefingImportFormat format;        /* the format the page was read as */
  char                *place;         /* a dateline's place ("Istanbul, Turkey"), or NULL */
  BriefingDate         dateline_date; /* a dateline's date when it has a year, else unset */
  gboolean             publisher_from_host; /* the page names no outlet: it is the URL's host */
} BriefingImportHints;

GQuark                briefing_import_error_quark   (void);

void                  briefing_import_hints_clear   (BriefingImportHints        *hints);

BriefingImportFormat  briefing_import_guess_format  (const char                 *content_type,
                                                     const char                 *file_name,
                                                     const char                 *data,
                                                     gsize                       length);

/* (transfer full) @hints, when not NULL, is filled (clear it with briefing_import_hints_clear). */
BriefingArticle      *briefing_article_import       (const char                 *data,
                                                     gsize                       length,
                                                     const BriefingImportSource *source,
                                                     BriefingImportHints        *hints,
                                                     GError                    **error);
BriefingArticle      *briefing_article_import_bytes (GBytes                     *bytes,
                                                     const BriefingImportSource *source,
                                                     BriefingImportHints        *hints,
                                                     GError                    **error);
/* Reads a local file (at most BRIEFING_IMPORT_MAX_SIZE); @source's file_name defaults to the
 * file's name. Errors name the file. */
BriefingArticle      *briefing_article_import_file  (GFile                      *file,
                                                     const BriefingImportSource *source,
                                                     BriefingImportHints        *hints,
                                                     GCancellable               *cancellable,
                                                     GError                    **error);

/* A valid article id (letters, digits, "-", at most 64) made from @headline: "istanbul-peace-talks-…". */
char                 *briefing_import_slug          (const char                 *headline);

G_END_DECLS
