/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-article-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "briefing-article-import.h"
#include "briefing-import-private.h"
#include "briefing-json-scan.h"
#include "briefing-util-private.h"

G_DEFINE_QUARK (briefing-import-error-quark, briefing_import_error)

void
briefing_import_hints_clear (BriefingImportHints *hints)
{
  g_return_if_fail (hints != NULL);

  g_clear_pointer (&hints->place, g_free);
  memset (hints, 0, sizeof *hints);
}

/* The page, as the readers fill it. */

void
briefing_import_page_init (BriefingImportPage *page)
{
  memset (page, 0, sizeof *page);
  page->authors = g_ptr_array_new_with_free_func (g_free);
  page->paragraphs = g_ptr_array_new_with_free_func (g_free);
}

void
briefing_import_page_clear (BriefingImportPage *page)
{
  g_clear_pointer (&page->headline, g_free);
  g_clear_pointer (&page->publisher, g_free);
  g_clear_pointer (&page->url, g_free);
  g_clear_pointer (&page->language, g_free);
  g_clear_pointer (&page->place, g_free);
  g_clear_pointer (&page->authors, g_ptr_array_unref);
  g_clear_pointer (&page->paragraphs, g_ptr_array_unref);
}

void
briefing_import_page_offer (char       **field,
                            const char  *value)
{
  char *normal;

  if (*field != NULL || value == NULL)
    return;
  normal = briefing_text_normalize (value, -1);
  if (normal[0] != '\0')
    *field = normal;
  else
    g_free (normal);
}

void
briefing_import_page_offer_date (BriefingImportPage *page,
                                 const char         *text)
{
  BriefingDate date;

  if (text != NULL && !briefing_date_is_set (&page->published) && briefing_text_parse_date (text, &date))
    page->published = date;
}

static gboolean
same_text (const char *a,
           const char *b)
{
  g_autofree char *fa = NULL;
  g_autofree char *fb = NULL;

  if (a == NULL || b == NULL || strlen (a) > 2 * strlen (b) + 16)
    return FALSE;
  fa = g_utf8_casefold (a, -1);
  fb = g_utf8_casefold (b, -1);
  return g_str_equal (fa, fb);
}

/* Above the body: "By Olena Marchuk | 2 June 2025 | 4 min read" is metadata when every part of it
 * is a byline, a publication date or clutter, and at least one part is not clutter. */
gboolean
briefing_import_page_take_metadata (BriefingImportPage *page,
                                    const char         *line)
{
  g_autoptr(GRegex) separators = g_regex_new ("\\s+[|·•—–]\\s+", 0, 0, NULL);
  g_auto(GStrv) parts = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  BriefingDate date = { 0 };
  gboolean useful = FALSE;

  if (strlen (line) > BRIEFING_IMPORT_SHORT_LINE)
    return FALSE;

  parts = g_regex_split (separators, line, 0);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *byline;
      BriefingDate found;

      if (parts[i][0] == '\0' || briefing_clutter_is_line (parts[i]))
        continue;
      if ((byline = briefing_text_parse_byline (parts[i])) != NULL)
        g_ptr_array_add (names, byline);
      else if (briefing_text_parse_publication (parts[i], &found))
        date = found;
      else
        return FALSE;
      useful = TRUE;
    }
  if (!useful)
    return FALSE;

  for (guint i = 0; i < names->len; i++)
    briefing_import_page_offer_names (page, names->pdata[i]);
  if (briefing_date_is_set (&date) && !briefing_date_is_set (&page->published))
    page->published = date;
  return TRUE;
}

void
briefing_import_page_add_block (BriefingImportPage *page,
                                const char         *text)
{
  g_autofree char *line = briefing_text_normalize (text, -1);

  if (line[0] == '\0' || briefing_clutter_is_line (line))
    return;

  if (page->paragraphs->len == 0 &&
      (same_text (line, page->headline) || briefing_import_page_take_metadata (page, line)))
    return;

  g_ptr_array_add (page->paragraphs, g_steal_pointer (&line));
}

/* Formats and character sets. */

static char *
mime_type_of (const char *content_type)
{
  const char *semicolon = strchr (content_type, ';');
  g_autofree char *type = semicolon != NULL ? g_strndup (content_type, semicolon - content_type)
                                            : g_strdup (content_type);

  return g_ascii_strdown (g_strstrip (type), -1);
}

static gboolean
starts_like_html (const char *data,
                  gsize       length)
{
  g_autofree char *head = g_ascii_strdown (data, MIN (length, 2048));
  const char *p = head;

  while (g_ascii_isspace (*p))
    p++;
  if (g_str_has_prefix (p, "\xef\xbb\xbf"))
    p += 3;
  return *p == '<' && (strstr (head, "<html") != NULL || strstr (head, "<!doctype html") != NULL ||
                       strstr (head, "<body") != NULL || strstr (head, "<head") != NULL ||
                       strstr (head, "<p") != NULL || strstr (head, "<div") != NULL ||
                       strstr (head, "<article") != NULL || strstr (head, "<meta") != NULL);
}

BriefingImportFormat
briefing_import_guess_format (const char *content_type,
                              const char *file_name,
                              const char *data,
                              gsize       length)
{
  if (content_type != NULL)
    {
      g_autofree char *type = mime_type_of (content_type);

      if (g_str_equal (type, "text/html") || g_str_equal (type, "application/xhtml+xml"))
        return BRIEFING_IMPORT_FORMAT_HTML;
      if (g_str_equal (type, "text/markdown") || g_str_equal (type, "text/x-markdown"))
        return BRIEFING_IMPORT_FORMAT_MARKDOWN;
      if (g_str_equal (type, "text/plain"))
        return BRIEFING_IMPORT_FORMAT_TEXT;
    }

  if (file_name != NULL)
    {
      g_autofree char *lower = g_ascii_strdown (file_name, -1);
      static const char * const html[] = { ".html", ".htm", ".xhtml", ".shtml", ".php", ".asp", ".aspx", NULL };
      static const char * const markdown[] = { ".md", ".markdown", ".mdown", ".mkd", NULL };

      for (guint i = 0; html[i] != NULL; i++)
        if (g_str_has_suffix (lower, html[i]))
          return BRIEFING_IMPORT_FORMAT_HTML;
      for (guint i = 0; markdown[i] != NULL; i++)
        if (g_str_has_suffix (lower, markdown[i]))
          return BRIEFING_IMPORT_FORMAT_MARKDOWN;
      if (g_str_has_suffix (lower, ".txt") || g_str_has_suffix (lower, ".text"))
        return BRIEFING_IMPORT_FORMAT_TEXT;
    }

  if (data != NULL && starts_like_html (data, length))
    return BRIEFING_IMPORT_FORMAT_HTML;
  return BRIEFING_IMPORT_FORMAT_TEXT;
}

/* The value of "charset=" in @text (a content type, or the start of an HTML page), or NULL. */
static char *
find_charset (const char *text,
              gsize       length)
{
  g_autofree char *lower = g_ascii_strdown (text, MIN (length, 4096));
  const char *p = lower;

  while ((p = strstr (p, "charset")) != NULL)
    {
      gsize n;

      p += strlen ("charset");
      while (*p == ' ')
        p++;
      if (*p != '=')
        continue;
      for (p++; *p == ' ' || *p == '"' || *p == '\''; p++);
      for (n = 0; p[n] != '\0' && (g_ascii_isalnum (p[n]) || strchr ("-_.:", p[n]) != NULL); n++);
      if (n > 0 && n < 40)
        return g_strndup (p, n);
    }
  return NULL;
}

static gboolean
is_utf8_name (const char *charset)
{
  return g_ascii_strcasecmp (charset, "utf-8") == 0 || g_ascii_strcasecmp (charset, "utf8") == 0;
}

/* Puts "LINE:COLUMN: " before the message of @error, for byte @offset of @data. */
static void
prefix_position (GError     **error,
                 const char  *data,
                 gsize        length,
                 gsize        offset)
{
  guint line, column;

  briefing_json_position (data, length, offset, &line, &column);
  g_prefix_error (error, "%u:%u: ", line, column);
}

/* @data as UTF-8, or NULL with an error that says why it cannot be. */
static char *
decode (const char          *data,
        gsize                length,
        const char          *content_type,
        BriefingImportFormat format,
        gsize               *out_length,
        GError             **error)
{
  g_autofree char *charset = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *end;
  gsize n_controls = 0;
  char *text;

  if (length >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    data += 3, length -= 3, charset = g_strdup ("utf-8");
  else if (length >= 2 && memcmp (data, "\xff\xfe", 2) == 0)
    data += 2, length -= 2, charset = g_strdup ("UTF-16LE");
  else if (length >= 2 && memcmp (data, "\xfe\xff", 2) == 0)
    data += 2, length -= 2, charset = g_strdup ("UTF-16BE");
  else if (content_type != NULL && (charset = find_charset (content_type, strlen (content_type))) != NULL)
    ;
  else if (format == BRIEFING_IMPORT_FORMAT_HTML && (charset = find_charset (data, length)) != NULL &&
           (g_ascii_strncasecmp (charset, "utf-16", 6) == 0 || g_ascii_strncasecmp (charset, "utf-32", 6) == 0 ||
            g_ascii_strncasecmp (charset, "ucs-", 4) == 0))
    {
      /* A <meta> that could be read was not written in UTF-16: browsers take UTF-8 then. */
      g_free (charset);
      charset = g_strdup ("utf-8");
    }

  if ((charset == NULL || !g_str_has_prefix (charset, "UTF-16")) && (end = memchr (data, '\0', length)) != NULL)
    {
      g_set_error_literal (error, BRIEFING_IMPORT_ERROR, BRIEFING_IMPORT_ERROR_ENCODING,
                           _("this is not a text or HTML page: it holds NUL bytes"));
      prefix_position (error, data, length, end - data);
      return NULL;
    }

  if (charset == NULL || is_utf8_name (charset))
    {
      if (!g_utf8_validate_len (data, length, &end))
        {
          if (charset == NULL)
            g_set_error (error, BRIEFING_IMPORT_ERROR, BRIEFING_IMPORT_ERROR_ENCODING,
                         /* Translators: %zu is a byte offset in the file */
                         _("the text is not UTF-8 (invalid byte at offset %zu) and declares no character set"),
                         (gsize) (end - data));
          else
            g_set_error (error, BRIEFING_IMPORT_ERROR, BRIEFING_IMPORT_ERROR_ENCODING,
                         /* Translators: %zu is a byte offset in the file */
                         _("the page says it is UTF-8 but is not (invalid byte at offset %zu)"),
                         (gsize) (end - data));
          prefix_position (error, data, length, end - data);
          return NULL;
        }
      text = g_strndup (data, length);
      *out_length = length;
    }
  else
    {
      /* What browsers do: a page that says Latin-1 or ASCII is read as Windows-1252. */
      const char *from = charset;
      gsize read = 0;

      if (g_ascii_strcasecmp (charset, "iso-8859-1") == 0 || g_ascii_strcasecmp (charset, "latin1") == 0 ||
          g_ascii_strcasecmp (charset, "iso8859-1") == 0 || g_ascii_strcasecmp (charset, "us-ascii") == 0 ||
          g_ascii_strcasecmp (charset, "ascii") == 0 || g_ascii_strcasecmp (charset, "l1") == 0)
        from = "WINDOWS-1252";

      text = g_convert (data, length, "UTF-8", from, &read, out_length, &local_error);
      if (text == NULL)
        {
          if (g_error_matches (local_error, G_CONVERT_ERROR, G_CONVERT_ERROR_NO_CONVERSION))
            g_set_error (error, BRIEFING_IMPORT_ERROR, BRIEFING_IMPORT_ERROR_ENCODING,
                         /* Translators: %s is the name of a character set, such as "koi8-r" */
                         _("the page declares the character set “%s”, which cannot be converted"),
                         charset);
          else
            {
              g_set_error (error, BRIEFING_IMPORT_ERROR, BRIEFING_IMPORT_ERROR_ENCODING,
                           /* Translators: %s is the name of a character set, %zu a byte offset */
                           _("the page is not valid %s as it declares (at byte %zu)"), charset, read);
              prefix_position (error, data, length, read);
            }
          return NULL;
        }
    }

  /* Binary files pass as Windows-1252; their control bytes give them away. */
  for (gsize i = 0; i < *out_length; i++)
    {
      guchar c = text[i];

      if (c == '\0')
        n_controls = *out_length;
      else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f')
        n_controls++;
    }
  if (n_controls * 100 > *out_length)
    {
      g_free (text);
      g_set_error_literal (error, BRIEFING_IMPORT_ERROR, BRIEFING_IMPORT_ERROR_ENCODING,
                           _("this is not a text or HTML page: it holds control bytes"));
      return NULL;
    }

  return text;
}

/* The article. */

char *
briefing_import_slug (const char *headline)
{
  g_autofree char *ascii = NULL;
  GString *slug = g_string_new (NULL);

  g_return_val_if_fail (headline != NULL, NULL);

  ascii = g_str_to_ascii (headline, "C");
  for (const char *p = ascii; *p != '\0' && slug->len < 64; p++)
    {
      if (g_ascii_isalnum (*p))
        g_string_append_c (slug, g_ascii_tolower (*p));
      else if (*p != '\'' && slug->len > 0 && slug->str[slug->len - 1] != '-')
        g_string_append_c (slug, '-');
    }

  /* Cut at a word when it is long, and never end on a hyphen. */
  if (slug->len >= 64 && strchr (slug->str + 32, '-') != NULL)
    g_string_truncate (slug, strrchr (slug->str, '-') - slug->str);
  while (slug->len > 0 && slug->str[slug->len - 1] == '-')
    g_string_truncate (slug, slug->len - 1);
  if (slug->len == 0)
    g_string_append (slug, "article");
  return g_string_free (slug, FALSE);
}

static gboolean
is_language_tag (const char *tag)
{
  g_auto(GStrv) parts = g_strsplit (tag, "-", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      gsize len = strlen (parts[i]);

      if (i == 0 ? (len < 2 || len > 3) : (len < 1 || len > 8))
        return FALSE;
      for (gsize j = 0; j < len; j++)
        if (i == 0 ? !g_ascii_isalpha (parts[i][j]) : !g_ascii_isalnum (parts[i][j]))
          return FALSE;
    }
  return parts[0] != NULL;
}

static gboolean
is_web_url (const char *url)
{
  return url != NULL && (g_str_has_prefix (url, "https://") || g_str_has_prefix (url, "http://")) &&
         g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL);
}

/* "https://www.example.org/a" → "example.org" */
static char *
host_of (const char *url)
{
  g_autoptr(GUri) uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  const char *host = uri != NULL ? g_uri_get_host (uri) : NULL;

  if (host == NULL || host[0] == '\0')
    return NULL;
  return g_strdup (g_str_has_prefix (host, "www.") ? host + 4 : host);
}

static BriefingArticle *
make_article (BriefingImportPage         *page,
              const BriefingImportSource *source,
              BriefingImportHints        *hints,
              GError                    **error)
{
  g_autoptr(BriefingArticle) article = NULL;
  g_autofree char *id = NULL;
  g_autofree char *headline = NULL;
  g_autofree char *publisher = NULL;
  const char *url;

  if (page->headline == NULL)
    {
      g_set_error_literal (error, BRIEFING_IMPORT_ERROR, BRIEFING_IMPORT_ERROR_NO_HEADLINE,
                           _("no headline found: the page has no og:title, <h1> or <title>"));
      return NULL;
    }
  if (page->paragraphs->len == 0)
    {
      g_set_error_literal (error, BRIEFING_IMPORT_ERROR, BRIEFING_IMPORT_ERROR_NO_TEXT,
                           _("no article text found: nothing is left but the headline, navigation "
                             "or other clutter"));
      return NULL;
    }

  /* A headline or publisher longer than a bundle holds (one line) is cut short. */
  headline = briefing_label_shorten (page->headline);
  id = source->id != NULL ? g_strdup (source->id) : briefing_import_slug (headline);
  article = briefing_article_new (id, headline);

  url = is_web_url (source->url) ? source->url : is_web_url (page->url) ? page->url : NULL;
  briefing_article_set_url (article, url);
  if (page->publisher == NULL && url != NULL && (page->publisher = host_of (url)) != NULL && hints != NULL)
    hints->publisher_from_host = TRUE;
  publisher = briefing_label_shorten (page->publisher);
  briefing_article_set_publisher (article, publisher);

  if (briefing_date_is_set (&page->published))
    briefing_article_set_published (article, &page->published);
  if (page->language != NULL && is_language_tag (page->language))
    briefing_article_set_language (article, page->language);

  g_ptr_array_add (page->authors, NULL);
  briefing_article_set_authors (article, (const char * const *) page->authors->pdata);
  g_ptr_array_add (page->paragraphs, NULL);
  briefing_article_set_paragraphs (article, (const char * const *) page->paragraphs->pdata);

  if (hints != NULL)
    {
      BriefingDate date = { 0 };
      g_autofree char *place = NULL;

      if (briefing_text_parse_dateline (page->paragraphs->pdata[0], &place, &date))
        {
          hints->place = g_steal_pointer (&place);
          hints->dateline_date = date;
        }
    }

  return g_steal_pointer (&article);
}

BriefingArticle *
briefing_article_import (const char                 *data,
                         gsize                       length,
                         const BriefingImportSource *source,
                         BriefingImportHints        *hints,
                         GError                    **error)
{
  static const BriefingImportSource no_source = { NULL };
  BriefingImportPage page;
  BriefingImportFormat format;
  g_autofree char *text = NULL;
  BriefingArticle *article = NULL;
  gsize text_length = 0;
  gsize i;

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (source == NULL)
    source = &no_source;
  if (hints != NULL)
    memset (hints, 0, sizeof *hints);

  if (length > BRIEFING_IMPORT_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (BRIEFING_IMPORT_MAX_SIZE);

      g_set_error (error, BRIEFING_IMPORT_ERROR, BRIEFING_IMPORT_ERROR_TOO_LARGE,
                   /* Translators: both are sizes such as "40 MB" */
                   _("the page is too large (%s; the limit is %s)"), size, limit);
      return NULL;
    }

  for (i = 0; i < length && g_ascii_isspace (data[i]); i++);
  if (i == length)
    {
      g_set_error_literal (error, BRIEFING_IMPORT_ERROR, BRIEFING_IMPORT_ERROR_EMPTY,
                           _("the page is empty"));
      return NULL;
    }

  if (source->content_type != NULL)
    {
      g_autofree char *type = mime_type_of (source->content_type);

      if (!g_str_has_prefix (type, "text/") && !g_str_equal (type, "application/xhtml+xml") &&
          !g_str_equal (type, "application/octet-stream"))
        {
          g_set_error (error, BRIEFING_IMPORT_ERROR, BRIEFING_IMPORT_ERROR_UNSUPPORTED,
                       /* Translators: %s is a content type such as "application/pdf" */
                       _("a page of type “%s” cannot be imported: save it as HTML, text or Markdown"),
                       type);
          return NULL;
        }
    }

  format = briefing_import_guess_format (source->content_type, source->file_name, data, length);
  if ((text = decode (data, length, source->content_type, format, &text_length, error)) == NULL)
    return NULL;

  briefing_import_page_init (&page);
  if (format == BRIEFING_IMPORT_FORMAT_HTML)
    {
      if (briefing_html_read (text, text_length, &page, error))
        article = make_article (&page, source, hints, error);
    }
  else
    {
      briefing_text_read (text, format == BRIEFING_IMPORT_FORMAT_MARKDOWN, &page);
      article = make_article (&page, source, hints, error);
    }
  briefing_import_page_clear (&page);

  if (article != NULL && hints != NULL)
    hints->format = format;
  return article;
}

BriefingArticle *
briefing_article_import_bytes (GBytes                     *bytes,
                               const BriefingImportSource *source,
                               BriefingImportHints        *hints,
                               GError                    **error)
{
  gsize length;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  data = g_bytes_get_data (bytes, &length);
  return briefing_article_import (data != NULL ? data : "", length, source, hints, error);
}

BriefingArticle *
briefing_article_import_file (GFile                      *file,
                              const BriefingImportSource *source,
                              BriefingImportHints        *hints,
                              GCancellable               *cancellable,
                              GError                    **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autofree char *name = NULL;
  g_autofree char *basename = NULL;
  g_autofree char *data = NULL;
  BriefingImportSource with_name = { NULL };
  BriefingArticle *article;
  gsize length;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_parse_name (file);
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, BRIEFING_IMPORT_ERROR, BRIEFING_IMPORT_ERROR_IO,
                   /* Translators: %s is a file name */
                   _("%s: is a folder, not a page"), name);
      return NULL;
    }
  if ((guint64) g_file_info_get_size (info) > BRIEFING_IMPORT_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (BRIEFING_IMPORT_MAX_SIZE);

      g_set_error (error, BRIEFING_IMPORT_ERROR, BRIEFING_IMPORT_ERROR_TOO_LARGE,
                   /* Translators: a file name, then sizes such as "40 MB" */
                   _("%s: the page is too large (%s; the limit is %s)"), name, size, limit);
      return NULL;
    }
  if (!g_file_load_contents (file, cancellable, &data, &length, NULL, error))
    return NULL;

  if (source != NULL)
    with_name = *source;
  if (with_name.file_name == NULL)
    with_name.file_name = basename = g_file_get_basename (file);

  article = briefing_article_import (data, length, &with_name, hints, error);
  /* "FILE:LINE:COLUMN: message" where the problem has a place in the file. */
  if (article == NULL && error != NULL && g_ascii_isdigit ((*error)->message[0]))
    g_prefix_error (error, "%s:", name);
  else if (article == NULL)
    g_prefix_error (error, "%s: ", name);
  return article;
}
