/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The HTML reader's two halves: briefing-html-meta.c reads what the page says about itself (meta
 * tags, JSON-LD, <title>), briefing-html-clean.c finds the article's text. */
#pragma once

#include <libxml/HTMLparser.h>

#include "briefing-import-private.h"

G_BEGIN_DECLS

/* Elements deeper than this are not read: libxml2 stops at 256 levels already. */
#define BRIEFING_HTML_MAX_DEPTH 512

typedef struct
{
  char      *og_title;      /* og:title, else twitter:title */
  char      *title;         /* <title> */
  char      *site_name;     /* og:site_name */
  char      *app_name;      /* application-name */
  char      *published;     /* article:published_time and its kin */
  char      *author;        /* meta author */
  char      *url;           /* canonical link, else og:url */
  char      *language;      /* <html lang>, else og:locale or content-language */
  /* The first schema.org Article of the JSON-LD scripts. */
  char      *ld_headline;
  char      *ld_published;
  char      *ld_publisher;
  GPtrArray *ld_authors;    /* (element-type utf8) */
} BriefingHtmlMeta;

void      briefing_html_meta_read   (xmlDoc           *doc,
                                     BriefingHtmlMeta *meta);
void      briefing_html_meta_clear  (BriefingHtmlMeta *meta);
/* "Headline | Outlet" → "Headline", with the outlet in *@site when the suffix looks like one. */
char     *briefing_html_split_title (const char       *title,
                                     const char       *known_site,
                                     char            **site);

/* The attribute @name of @node, or NULL. (transfer full) */
char     *briefing_html_get_attr    (xmlNode          *node,
                                     const char       *name);
/* The text of @node's subtree, normalised. */
char     *briefing_html_get_text    (xmlNode          *node);
gboolean  briefing_html_is          (xmlNode          *node,
                                     const char       *tag);

G_END_DECLS
