/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-html-clean"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "briefing-html-private.h"
#include "briefing-json-scan.h"

/* The article's text in an HTML page: the <article>, the <main> or the element with the most
 * paragraph text, without what clutter.json names; and what the page says about the article
 * in its text (the <h1>, the byline, a <time>). */

/* Elements that end a paragraph where they start and where they end. */
static const char * const block_tags[] = {
  "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
  "dl", "dt", "dd", "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "hr",
  "address", "center", "details", "summary", "body", "html", NULL
};

static gboolean
is_block (xmlNode *node)
{
  g_autofree char *tag = g_ascii_strdown ((const char *) node->name, -1);

  return g_strv_contains (block_tags, tag);
}

static gboolean
is_hidden (xmlNode *node)
{
  g_autofree char *aria = briefing_html_get_attr (node, "aria-hidden");
  g_autofree char *style = NULL;
  g_autoptr(GString) squeezed = NULL;

  if (xmlHasProp (node, (const xmlChar *) "hidden") != NULL || g_strcmp0 (aria, "true") == 0)
    return TRUE;
  if ((style = briefing_html_get_attr (node, "style")) == NULL || strlen (style) > 4096)
    return FALSE;

  /* "display: none", however it is spaced. */
  squeezed = g_string_new (NULL);
  for (const char *p = style; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (squeezed, g_ascii_tolower (*p));
  return strstr (squeezed->str, "display:none") != NULL || strstr (squeezed->str, "visibility:hidden") != NULL;
}

/* Clutter by tag, role, class or id. The page's frame (html, body) and the article's own
 * containers are judged by tag and role only: WordPress gives <body> "comments-open". */
static gboolean
is_dropped (xmlNode *node)
{
  g_autofree char *tag = g_ascii_strdown ((const char *) node->name, -1);
  g_autofree char *role = NULL;
  g_autofree char *klass = NULL;
  g_autofree char *id = NULL;

  if (briefing_clutter_drops_tag (tag) || is_hidden (node))
    return TRUE;
  if ((role = briefing_html_get_attr (node, "role")) != NULL && briefing_clutter_drops_role (role))
    return TRUE;
  if (g_str_equal (tag, "html") || g_str_equal (tag, "body") || g_str_equal (tag, "article") ||
      g_str_equal (tag, "main") || g_str_equal (tag, "p"))
    return FALSE;

  klass = briefing_html_get_attr (node, "class");
  id = briefing_html_get_attr (node, "id");
  return briefing_clutter_drops_name (klass) || briefing_clutter_drops_name (id);
}

/* Choosing the element that holds the article. */

typedef struct
{
  GHashTable *direct;   /* element → length of its paragraphs and loose text */
  gsize       total;
} Scores;

static gsize
text_length (xmlNode *node,
             guint    depth)
{
  gsize n = 0;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE && child->content != NULL)
        n += strlen ((const char *) child->content);
      else if (child->type == XML_ELEMENT_NODE && depth < BRIEFING_HTML_MAX_DEPTH && !is_dropped (child))
        n += text_length (child, depth + 1);
    }
  return n;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;
  return TRUE;
}

static void
score (xmlNode *node,
       Scores  *scores,
       guint    depth)
{
  gsize own = 0;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE && child->content != NULL && !is_blank ((const char *) child->content))
        own += strlen ((const char *) child->content);
      else if (child->type != XML_ELEMENT_NODE || depth >= BRIEFING_HTML_MAX_DEPTH || is_dropped (child))
        continue;
      else if (briefing_html_is (child, "p"))
        own += text_length (child, depth + 1);
      else
        score (child, scores, depth + 1);
    }

  if (own > 0)
    {
      g_hash_table_insert (scores->direct, node, GSIZE_TO_POINTER (own));
      scores->total += own;
    }
}

static gboolean
is_container (xmlNode    *node,
              const char *tag)
{
  g_autofree char *role = NULL;

  if (briefing_html_is (node, tag))
    return TRUE;
  if (!g_str_equal (tag, "main") || node->type != XML_ELEMENT_NODE)
    return FALSE;
  role = briefing_html_get_attr (node, "role");
  return g_strcmp0 (role, "main") == 0;
}

/* The <article> (or <main>) holding most paragraph text, when it holds a good part of it. */
static xmlNode *
best_container (Scores     *scores,
                const char *tag)
{
  g_autoptr(GHashTable) sums = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key, value;
  xmlNode *best = NULL;
  gsize best_sum = 0;

  g_hash_table_iter_init (&iter, scores->direct);
  while (g_hash_table_iter_next (&iter, &key, &value))
    for (xmlNode *node = key; node != NULL; node = node->parent)
      if (is_container (node, tag))
        {
          gsize sum = GPOINTER_TO_SIZE (g_hash_table_lookup (sums, node)) + GPOINTER_TO_SIZE (value);

          g_hash_table_insert (sums, node, GSIZE_TO_POINTER (sum));
          if (sum > best_sum)
            best = node, best_sum = sum;
          break;
        }

  return best != NULL && best_sum * 10 >= scores->total * 4 ? best : NULL;
}

static xmlNode *
find_root (xmlNode *top)
{
  Scores scores = { g_hash_table_new (NULL, NULL), 0 };
  GHashTableIter iter;
  gpointer key, value;
  xmlNode *root;
  gsize best = 0;

  score (top, &scores, 0);
  if ((root = best_container (&scores, "article")) == NULL &&
      (root = best_container (&scores, "main")) == NULL)
    {
      g_hash_table_iter_init (&iter, scores.direct);
      while (g_hash_table_iter_next (&iter, &key, &value))
        if (GPOINTER_TO_SIZE (value) > best)
          root = key, best = GPOINTER_TO_SIZE (value);
    }
  g_hash_table_unref (scores.direct);
  return root;
}

/* What the page says in its markup about the article: the <h1>, a byline, a <time>. */

typedef struct
{
  xmlNode *h1_node;
  char *h1;
  char *byline;
  char *authors;   /* rel=author */
  char *time;      /* a <time datetime> */
  gboolean time_is_published;
} Marks;

static gboolean
names_include (xmlNode    *node,
               const char *word)
{
  g_autofree char *klass = briefing_html_get_attr (node, "class");
  g_autofree char *id = briefing_html_get_attr (node, "id");
  g_autofree char *both = g_strconcat (klass != NULL ? klass : "", " ", id != NULL ? id : "", NULL);
  g_autofree char *lower = g_ascii_strdown (both, -1);

  return strstr (lower, word) != NULL;
}

static void
find_marks (xmlNode *node,
            Marks   *marks,
            guint    depth)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *rel = NULL;

      if (child->type != XML_ELEMENT_NODE || depth >= BRIEFING_HTML_MAX_DEPTH)
        continue;
      /* Comments, sidebars and teasers have authors and times of their own. */
      if (briefing_html_is (child, "script") || briefing_html_is (child, "style") ||
          briefing_html_is (child, "nav") || briefing_html_is (child, "aside") ||
          briefing_html_is (child, "footer") || briefing_html_is (child, "form") ||
          names_include (child, "comment") || names_include (child, "related") ||
          names_include (child, "recommend") || names_include (child, "sidebar"))
        continue;

      if (briefing_html_is (child, "h1") && marks->h1 == NULL)
        {
          marks->h1_node = child;
          marks->h1 = briefing_html_get_text (child);
        }
      else if (briefing_html_is (child, "time"))
        {
          g_autofree char *datetime = briefing_html_get_attr (child, "datetime");
          g_autofree char *itemprop = briefing_html_get_attr (child, "itemprop");
          gboolean published = xmlHasProp (child, (const xmlChar *) "pubdate") != NULL ||
                               g_strcmp0 (itemprop, "datePublished") == 0 || names_include (child, "publish");

          if (datetime != NULL && (marks->time == NULL || (published && !marks->time_is_published)))
            {
              g_free (marks->time);
              marks->time = g_steal_pointer (&datetime);
              marks->time_is_published = published;
            }
        }
      else if ((rel = briefing_html_get_attr (child, "rel")) != NULL && strstr (rel, "author") != NULL)
        {
          if (marks->authors == NULL)
            marks->authors = briefing_html_get_text (child);
        }
      else if (marks->byline == NULL && (names_include (child, "byline") || names_include (child, "author")))
        {
          char *text = briefing_html_get_text (child);

          if (strlen (text) <= 120)
            marks->byline = text;
          else
            g_free (text);
        }

      find_marks (child, marks, depth + 1);
    }
}

static void
marks_clear (Marks *marks)
{
  g_free (marks->h1);
  g_free (marks->byline);
  g_free (marks->authors);
  g_free (marks->time);
}

/* Gathering the paragraphs. */

typedef struct
{
  BriefingImportPage *page;
  GString            *block;
  guint               breaks;    /* <br> since the last text */
  /* Between the headline and the article's element, only bylines and dates are read. */
  gboolean            metadata_only;
  xmlNode            *start;     /* reading starts after it */
  xmlNode            *stop;      /* and stops there */
  gboolean            reading;
  gboolean            stopped;
} Gather;

static void
flush (Gather *gather)
{
  if (gather->block->len > 0 && gather->metadata_only)
    {
      g_autofree char *line = briefing_text_normalize (gather->block->str, gather->block->len);

      briefing_import_page_take_metadata (gather->page, line);
    }
  else if (gather->block->len > 0)
    briefing_import_page_add_block (gather->page, gather->block->str);
  g_string_truncate (gather->block, 0);
  gather->breaks = 0;
}

static void
gather_text (xmlNode *node,
             Gather  *gather,
             guint    depth)
{
  for (xmlNode *child = node->children; child != NULL && !gather->stopped; child = child->next)
    {
      if (child == gather->stop)
        {
          gather->stopped = TRUE;
          break;
        }
      if (child == gather->start)
        {
          gather->reading = TRUE;
          continue;
        }
      if (!gather->reading)
        {
          if (child->type == XML_ELEMENT_NODE && depth < BRIEFING_HTML_MAX_DEPTH)
            gather_text (child, gather, depth + 1);
          continue;
        }

      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        {
          if (child->content == NULL || is_blank ((const char *) child->content))
            {
              if (child->content != NULL && gather->block->len > 0)
                g_string_append_c (gather->block, ' ');
              continue;
            }
          g_string_append (gather->block, (const char *) child->content);
          gather->breaks = 0;
          continue;
        }
      if (child->type != XML_ELEMENT_NODE || depth >= BRIEFING_HTML_MAX_DEPTH)
        continue;

      if (briefing_html_is (child, "br"))
        {
          /* One <br> is a line break inside a paragraph; two end it. */
          if (++gather->breaks >= 2)
            flush (gather);
          else
            g_string_append_c (gather->block, ' ');
          continue;
        }
      if (is_dropped (child) || briefing_html_is (child, "h1"))
        {
          if (is_block (child))
            flush (gather);
          continue;
        }

      if (is_block (child))
        {
          flush (gather);
          gather_text (child, gather, depth + 1);
          flush (gather);
        }
      else
        gather_text (child, gather, depth + 1);
    }
}

static gboolean
contains (xmlNode *ancestor,
          xmlNode *node)
{
  for (; node != NULL; node = node->parent)
    if (node == ancestor)
      return TRUE;
  return FALSE;
}

/* The byline and date of a page often sit between its <h1> and the element that holds the text
 * ("story-head" above "story-body"): read them from there, and nothing else. */
static void
scan_before (xmlNode *root,
             xmlNode *h1,
             Gather  *gather)
{
  xmlNode *common;

  if (h1 == NULL || contains (root, h1))
    return;
  for (common = h1->parent; common != NULL && !contains (common, root); common = common->parent);
  if (common == NULL)
    return;

  gather->metadata_only = TRUE;
  gather->start = h1;
  gather->stop = root;
  gather_text (common, gather, 0);
  flush (gather);
  gather->metadata_only = FALSE;
  gather->start = gather->stop = NULL;
  gather->stopped = FALSE;
}

/* libxml2 compares each attribute of a tag with all those before it: a tag with a hundred
 * thousand of them takes seconds. No page needs this many. */
#define MAX_ATTRIBUTES 1000

/* Skips from @p (after "<") past the raw text of a <script> or <style> element, or a comment. */
static const char *
skip_raw_text (const char *p,
               const char *end)
{
  static const char * const raw[] = { "script", "style", NULL };

  if (end - p >= 3 && memcmp (p, "!--", 3) == 0)
    {
      const char *close = g_strstr_len (p + 3, end - p - 3, "-->");

      return close != NULL ? close + 3 : end;
    }
  for (guint i = 0; raw[i] != NULL; i++)
    {
      gsize n = strlen (raw[i]);

      if ((gsize) (end - p) > n && g_ascii_strncasecmp (p, raw[i], n) == 0 && !g_ascii_isalnum (p[n]))
        {
          for (const char *q = p + n; q + n + 2 <= end; q++)
            if (q[0] == '<' && q[1] == '/' && g_ascii_strncasecmp (q + 2, raw[i], n) == 0)
              return q;
          return end;
        }
    }
  return NULL;
}

/* Finds a start tag with more than MAX_ATTRIBUTES attributes, in one pass over the bytes. */
static const char *
find_crowded_tag (const char *text,
                  gsize       length)
{
  const char *p = text, *end = text + length;

  while ((p = memchr (p, '<', end - p)) != NULL)
    {
      const char *tag = p++, *after_raw;
      guint n = 0;
      char quote = 0;
      gboolean in_token = TRUE;

      if ((after_raw = skip_raw_text (p, end)) != NULL)
        {
          p = after_raw;
          continue;
        }
      if (p >= end || !g_ascii_isalpha (*p))
        continue;
      for (; p < end && (quote != 0 || *p != '>'); p++)
        {
          if (quote != 0)
            quote = *p == quote ? 0 : quote;
          else if (*p == '"' || *p == '\'')
            quote = *p;
          else if (g_ascii_isspace (*p))
            in_token = FALSE;
          else if (!in_token && *p != '=')
            {
              in_token = TRUE;
              if (++n > MAX_ATTRIBUTES)
                return tag;
            }
          else if (*p == '=')
            in_token = TRUE;
        }
    }
  return NULL;
}

gboolean
briefing_html_read (const char         *text,
                    gsize               length,
                    BriefingImportPage *page,
                    GError            **error)
{
  BriefingHtmlMeta meta;
  Marks marks = { 0 };
  Gather gather = { page, NULL, 0 };
  g_autofree char *site = NULL;
  const char *crowded;
  htmlDocPtr doc;
  xmlNode *top, *root;

  if (length > G_MAXINT)
    {
      g_set_error_literal (error, BRIEFING_IMPORT_ERROR, BRIEFING_IMPORT_ERROR_TOO_LARGE,
                           _("the page is too large to read"));
      return FALSE;
    }

  if ((crowded = find_crowded_tag (text, length)) != NULL)
    {
      guint line, column;

      briefing_json_position (text, length, crowded - text, &line, &column);
      g_set_error (error, BRIEFING_IMPORT_ERROR, BRIEFING_IMPORT_ERROR_UNSUPPORTED,
                   /* Translators: the first two numbers are a line and column; %d is a number of attributes */
                   _("%u:%u: an element has more than %d attributes: this is not a page Briefing can read"),
                   line, column, MAX_ATTRIBUTES);
      return FALSE;
    }

  doc = htmlReadMemory (text, (int) length, NULL, "UTF-8",
                        HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  if (doc == NULL || (top = xmlDocGetRootElement (doc)) == NULL)
    {
      if (doc != NULL)
        xmlFreeDoc (doc);
      g_set_error_literal (error, BRIEFING_IMPORT_ERROR, BRIEFING_IMPORT_ERROR_NO_TEXT,
                           _("no text found: the page has no HTML elements"));
      return FALSE;
    }

  briefing_html_meta_read (doc, &meta);
  root = find_root (top);

  find_marks (root != NULL ? root : top, &marks, 0);
  if (root != NULL && (marks.h1 == NULL || marks.byline == NULL || marks.time == NULL))
    {
      /* The header above the article's text is often outside the element that holds it. */
      Marks outside = { 0 };

      find_marks (top, &outside, 0);
      if (marks.h1 == NULL)
        {
          marks.h1_node = outside.h1_node;
          marks.h1 = g_steal_pointer (&outside.h1);
        }
      if (marks.byline == NULL)
        marks.byline = g_steal_pointer (&outside.byline);
      if (marks.authors == NULL)
        marks.authors = g_steal_pointer (&outside.authors);
      if (marks.time == NULL)
        marks.time = g_steal_pointer (&outside.time);
      marks_clear (&outside);
    }

  /* Headline: og:title, JSON-LD, the <h1>, the <title> without the outlet's name. */
  {
    const char *known_site = meta.site_name != NULL ? meta.site_name : meta.app_name;
    g_autofree char *og = NULL;
    g_autofree char *og_site = NULL;
    g_autofree char *title = NULL;

    if (meta.og_title != NULL)
      og = briefing_html_split_title (meta.og_title, known_site, &og_site);
    if (meta.title != NULL)
      title = briefing_html_split_title (meta.title, known_site, &site);

    /* An og:title only splits when it ends with the outlet's name, never on a guess. */
    briefing_import_page_offer (&page->headline, known_site != NULL && og_site != NULL ? og : meta.og_title);
    briefing_import_page_offer (&page->headline, meta.ld_headline);
    briefing_import_page_offer (&page->headline, marks.h1);
    briefing_import_page_offer (&page->headline, title);
  }

  briefing_import_page_offer (&page->publisher, meta.site_name);
  briefing_import_page_offer (&page->publisher, meta.app_name);
  briefing_import_page_offer (&page->publisher, meta.ld_publisher);
  briefing_import_page_offer (&page->publisher, site);

  briefing_import_page_offer_date (page, meta.published);
  briefing_import_page_offer_date (page, marks.time);
  briefing_import_page_offer_date (page, meta.ld_published);

  briefing_import_page_offer_names (page, meta.author);
  briefing_import_page_offer_names (page, marks.authors);
  if (page->authors->len == 0)
    for (guint i = 0; i < meta.ld_authors->len; i++)
      g_ptr_array_add (page->authors, g_strdup (meta.ld_authors->pdata[i]));
  if (marks.byline != NULL)
    {
      g_autofree char *names = briefing_text_parse_byline (marks.byline);

      briefing_import_page_offer_names (page, names != NULL ? names : marks.byline);
    }

  briefing_import_page_offer (&page->url, meta.url);
  briefing_import_page_offer (&page->language, meta.language);

  if (root != NULL)
    {
      gather.block = g_string_new (NULL);
      scan_before (root, marks.h1_node, &gather);
      gather.reading = TRUE;
      gather_text (root, &gather, 0);
      flush (&gather);
      g_string_free (gather.block, TRUE);
    }

  marks_clear (&marks);
  briefing_html_meta_clear (&meta);
  xmlFreeDoc (doc);
  return TRUE;
}
