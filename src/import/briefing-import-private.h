/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the readers of each format share: the page as found (BriefingImportPage), the clutter lists
 * of data/import/clutter.json, and the text rules (white space, dates, bylines, datelines). */
#pragma once

#include "briefing-article-import.h"

G_BEGIN_DECLS

/* Paragraphs longer than this are never taken for clutter, bylines or datelines. */
#define BRIEFING_IMPORT_SHORT_LINE 200

/* Everything a reader found in a page, before it becomes an article. Filled in order of
 * preference: a reader sets a field only when it is still unset. */
typedef struct
{
  char         *headline;
  char         *publisher;
  char         *url;
  char         *language;
  BriefingDate  published;
  GPtrArray    *authors;     /* (element-type utf8) */
  GPtrArray    *paragraphs;  /* (element-type utf8) normalised, non-empty, no clutter */
  char         *place;
  BriefingDate  dateline_date;
} BriefingImportPage;

void      briefing_import_page_init        (BriefingImportPage *page);
void      briefing_import_page_clear       (BriefingImportPage *page);
/* Sets *@field to a copy of @value when *@field is unset and @value is not empty. */
void      briefing_import_page_offer       (char              **field,
                                            const char         *value);
void      briefing_import_page_offer_date  (BriefingImportPage *page,
                                            const char         *text);
/* Adds the names of "Olena Marchuk and Deniz Arslan" unless the page already has authors. */
void      briefing_import_page_offer_names (BriefingImportPage *page,
                                            const char         *names);
/* One block of text as it reads on the page (it is normalised here). Before the body starts, the
 * headline repeated, a byline and a "Published …" line are taken as what they are; clutter is
 * dropped anywhere. */
void      briefing_import_page_add_block   (BriefingImportPage *page,
                                            const char         *text);
/* A normalised line above the body that is a byline, a date, or both: TRUE when it was taken. */
gboolean  briefing_import_page_take_metadata (BriefingImportPage *page,
                                              const char         *line);

/* briefing-import-clutter.c */
gboolean  briefing_clutter_drops_tag       (const char         *tag);
gboolean  briefing_clutter_drops_role      (const char         *role);
/* A class or id attribute naming clutter ("share-buttons", "comments-area", "cookie-banner"). */
gboolean  briefing_clutter_drops_name      (const char         *names);
/* A normalised line that is clutter ("Subscribe", "0 Comments", "Image source: …"). */
gboolean  briefing_clutter_is_line         (const char         *line);

/* briefing-text-clean.c */
/* White space runs become one space, invisible characters go, the ends are trimmed. */
char     *briefing_text_normalize          (const char         *text,
                                            gssize              length);
/* An ISO 8601 date or date-time, or an English date with a year ("2 June 2025", "Monday, June
 * 2nd, 2025"), possibly followed by a time. */
gboolean  briefing_text_parse_date         (const char         *text,
                                            BriefingDate       *date);
/* "Published: 2 June 2025", "Posted on June 2, 2025", or a date alone on its line. */
gboolean  briefing_text_parse_publication  (const char         *line,
                                            BriefingDate       *date);
/* "By Olena Marchuk and Deniz Arslan": the names part, or NULL. */
char     *briefing_text_parse_byline       (const char         *line);
/* "ISTANBUL, TURKEY – …": the place ("Istanbul, Turkey") and a date with a year, if any. */
gboolean  briefing_text_parse_dateline     (const char         *paragraph,
                                            char              **place,
                                            BriefingDate       *date);
/* Markdown inline markup reduced to its text: links, images, emphasis, code. */
char     *briefing_markdown_strip_inline   (const char         *line);
/* Plain text or Markdown (already UTF-8) into @page. */
void      briefing_text_read               (const char         *text,
                                            gboolean            markdown,
                                            BriefingImportPage *page);

/* briefing-html-clean.c: @text is UTF-8 whatever the page declares. */
gboolean  briefing_html_read               (const char         *text,
                                            gsize               length,
                                            BriefingImportPage *page,
                                            GError            **error);

G_END_DECLS
