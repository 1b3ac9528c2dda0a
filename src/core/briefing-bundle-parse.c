/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-bundle-parse"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "briefing-bundle-parse-private.h"
#include "briefing-bundle-reader.h"
#include "briefing-enum-types.h"
#include "briefing-json-scan.h"
#include "briefing-json-tree.h"

/* The members each kind of object may have, for the unknown-member check. */
static const char * const bundle_members[] = {
  "$schema", "format", "version", "id", "title", "description", "language", "created", "updated",
  "parties", "articles", "events", "demands", NULL
};
static const char * const party_members[] = {
  "id", "name", "shortName", "role", "color", "representatives", "reliabilityNotes", NULL
};
static const char * const person_members[] = { "name", "title", NULL };
static const char * const article_members[] = {
  "id", "headline", "publisher", "url", "datePublished", "inLanguage", "author", "articleBody",
  "image", "sourceGrade", NULL
};
static const char * const image_members[] = { "contentUrl", "caption", "creditText", NULL };

static gboolean
is_valid_id (const char *id,
             gsize       max_len)
{
  gsize len = strlen (id);

  if (len == 0 || len > max_len || !g_ascii_isalnum (id[0]))
    return FALSE;
  for (gsize i = 1; i < len; i++)
    if (!g_ascii_isalnum (id[i]) && id[i] != '.' && id[i] != '_' && id[i] != '-')
      return FALSE;
  return TRUE;
}


/* BCP 47 in its common shape: a 2–3 letter language, then subtags of 2–8 letters or digits. */
static gboolean
is_language_tag (const char *tag)
{
  g_auto(GStrv) parts = g_strsplit (tag, "-", -1);

  if (parts[0] == NULL)
    return FALSE;
  for (guint i = 0; parts[i] != NULL; i++)
    {
      gsize len = strlen (parts[i]);

      if (i == 0 ? (len < 2 || len > 3) : (len < 1 || len > 8))
        return FALSE;
      for (gsize j = 0; j < len; j++)
        if (i == 0 ? !g_ascii_isalpha (parts[i][j]) : !g_ascii_isalnum (parts[i][j]))
          return FALSE;
    }
  return TRUE;
}

static gboolean
is_color (const char *color)
{
  if (strlen (color) != 7 || color[0] != '#')
    return FALSE;
  for (guint i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (color[i]))
      return FALSE;
  return TRUE;
}

static gboolean
is_web_url (const char *url,
            gboolean    https_only)
{
  if (!g_str_has_prefix (url, "https://") && (https_only || !g_str_has_prefix (url, "http://")))
    return FALSE;
  /* GLib's parser lets spaces and control characters through; an address has none. */
  for (const char *p = url; *p != '\0'; p++)
    if ((guchar) *p <= ' ' || *p == 0x7F)
      return FALSE;
  return g_uri_is_valid (url, G_URI_FLAGS_NONE, NULL);
}


/* A relative path that stays inside the bundle's folder. */
static const char *
check_image_path (const char *path)
{
  g_auto(GStrv) segments = NULL;

  if (path[0] == '\0')
    return _("empty image path");
  if (path[0] == '/' || path[0] == '~' || strchr (path, '\\') != NULL ||
      (g_ascii_isalpha (path[0]) && path[1] == ':'))
    return _("image path must be relative to the bundle file");
  if (strchr (path, ':') != NULL)
    return _("image path must be a relative path or an https:// URL");

  segments = g_strsplit (path, "/", -1);
  for (guint i = 0; segments[i] != NULL; i++)
    if (strcmp (segments[i], "..") == 0)
      return _("image path must not leave the bundle’s folder (“..”)");

  for (const char *p = path; *p != '\0'; p++)
    if ((guchar) *p < 0x20)
      return _("image path contains a control character");

  return NULL;
}

static void
read_representative (BriefingReadContext *ctx,
                     JsonObject          *object,
                     gpointer             party)
{
  const char *name, *title;

  briefing_read_context_check_members (ctx, object, person_members);
  name = briefing_read_context_string (ctx, object, "name", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY | BRIEFING_READ_LABEL);
  title = briefing_read_context_string (ctx, object, "title", BRIEFING_READ_NON_EMPTY | BRIEFING_READ_LABEL);
  if (name != NULL)
    briefing_party_add_representative (party, name, title);
}

static void
read_party (BriefingReadContext *ctx,
            JsonObject          *object,
            gpointer             user_data)
{
  const char *id, *name, *color;
  int role = BRIEFING_PARTY_ROLE_PARTY;
  g_autoptr(BriefingParty) party = NULL;

  briefing_read_context_check_members (ctx, object, party_members);
  id = briefing_read_context_id (ctx, object);
  name = briefing_read_context_string (ctx, object, "name", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY | BRIEFING_READ_LABEL);
  briefing_read_context_enum (ctx, object, "role", BRIEFING_TYPE_PARTY_ROLE, BRIEFING_READ_REQUIRED, &role);

  party = briefing_party_new (id != NULL ? id : "", name != NULL ? name : "", role);
  briefing_party_set_short_name (party, briefing_read_context_string (ctx, object, "shortName", BRIEFING_READ_NON_EMPTY | BRIEFING_READ_LABEL));
  briefing_party_set_reliability_notes (party, briefing_read_context_string (ctx, object, "reliabilityNotes", 0));

  color = briefing_read_context_string (ctx, object, "color", 0);
  if (color != NULL && !is_color (color))
    briefing_read_context_member_errorf (ctx, "color", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                         /* Translators: %s is the colour text from the file */
                                         _("“%s” is not a colour of the form #rrggbb"), color);
  else
    briefing_party_set_color (party, color);

  briefing_read_context_foreach_object (ctx, object, "representatives", read_representative, party);

  if (id != NULL && name != NULL)
    briefing_read_context_add (ctx, G_OBJECT (party), id);
}

/* Whether @text holds a line break: \n, \r, or the line and paragraph separators U+2028 and
 * U+2029 (E2 80 A8, E2 80 A9). */
static gboolean
has_line_break (const char *text)
{
  if (strpbrk (text, "\n\r") != NULL)
    return TRUE;
  for (const char *p = strchr (text, '\xe2'); p != NULL; p = strchr (p + 1, '\xe2'))
    if (p[1] == '\x80' && (p[2] == '\xa8' || p[2] == '\xa9'))
      return TRUE;
  return FALSE;
}

/* Joins the paragraphs into the article's text, with one allocation for the whole body. */
static void
read_article_body (BriefingReadContext *ctx,
                   JsonObject          *object,
                   BriefingArticle     *article)
{
  JsonArray *array = briefing_read_context_array (ctx, object, "articleBody", BRIEFING_READ_REQUIRED);
  g_autofree guint32 *offsets = NULL;
  gsize total = 0;
  guint n, n_ok = 0;
  char *text, *p;

  if (array == NULL)
    return;

  n = json_array_get_length (array);
  briefing_read_context_push (ctx, "articleBody");
  if (n == 0)
    briefing_read_context_error (ctx, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                 _("an article needs at least one paragraph"));

  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      const char *para;

      briefing_read_context_push_index (ctx, i);
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        briefing_read_context_wrong_type (ctx, NULL, node, _("a string"));
      else if ((para = json_node_get_string (node))[0] == '\0')
        briefing_read_context_error (ctx, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                     _("a paragraph must not be empty"));
      else if (has_line_break (para))
        briefing_read_context_error (ctx, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                     _("a paragraph must not contain a line break (make it two paragraphs)"));
      else
        {
          total += strlen (para) + 2;
          n_ok++;
        }
      briefing_read_context_pop (ctx);
    }
  briefing_read_context_pop (ctx);

  if (n_ok != n || n == 0 || total > G_MAXUINT32)
    return;

  /* One allocation for the whole body: the article keeps it as its text. */
  text = p = g_malloc (total - 1);
  offsets = g_new (guint32, n);
  for (guint i = 0; i < n; i++)
    {
      const char *para = json_array_get_string_element (array, i);
      gsize len = strlen (para);

      if (i > 0)
        {
          memcpy (p, "\n\n", 2);
          p += 2;
        }
      offsets[i] = p - text;
      memcpy (p, para, len);
      p += len;
    }
  *p = '\0';

  briefing_article_take_text (article, text, p - text, g_steal_pointer (&offsets), n);
}

static void
read_image (BriefingReadContext *ctx,
            JsonObject          *object,
            gpointer             article)
{
  const char *content_url, *why;

  briefing_read_context_check_members (ctx, object, image_members);
  content_url = briefing_read_context_string (ctx, object, "contentUrl", BRIEFING_READ_REQUIRED);
  if (content_url == NULL)
    return;

  if (g_str_has_prefix (content_url, "https://"))
    why = is_web_url (content_url, TRUE) ? NULL : _("not a valid https:// URL");
  else
    why = check_image_path (content_url);

  if (why != NULL)
    briefing_read_context_member_errorf (ctx, "contentUrl", BRIEFING_BUNDLE_ERROR_UNSAFE_PATH,
                                         "%s: “%s”", why, content_url);
  else
    briefing_article_add_image (article,
                                briefing_image_new (content_url,
                                                    briefing_read_context_string (ctx, object, "caption", 0),
                                                    briefing_read_context_string (ctx, object, "creditText", 0)));
}

static void
read_article (BriefingReadContext *ctx,
              JsonObject          *object,
              gpointer             user_data)
{
  const char *id, *headline, *url, *lang, *grade;
  g_autoptr(BriefingArticle) article = NULL;
  g_autoptr(GPtrArray) authors = NULL;
  BriefingDate published;

  briefing_read_context_check_members (ctx, object, article_members);
  id = briefing_read_context_id (ctx, object);
  headline = briefing_read_context_string (ctx, object, "headline", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY | BRIEFING_READ_LABEL);
  article = briefing_article_new (id != NULL ? id : "", headline != NULL ? headline : "");
  briefing_article_set_publisher (article, briefing_read_context_string (ctx, object, "publisher", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY | BRIEFING_READ_LABEL));

  if (briefing_read_context_date (ctx, object, "datePublished", BRIEFING_READ_REQUIRED, &published))
    {
      if (published.precision < BRIEFING_DATE_PRECISION_DAY)
        briefing_read_context_member_error (ctx, "datePublished", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                            _("a publication date needs a day, such as 2025-06-02"));
      else
        briefing_article_set_published (article, &published);
    }

  url = briefing_read_context_string (ctx, object, "url", 0);
  if (url != NULL && !is_web_url (url, FALSE))
    briefing_read_context_member_errorf (ctx, "url", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                         /* Translators: %s is the URL text from the file */
                                         _("“%s” is not an http:// or https:// URL"), url);
  else
    briefing_article_set_url (article, url);

  lang = briefing_read_context_string (ctx, object, "inLanguage", 0);
  if (lang != NULL && !is_language_tag (lang))
    briefing_read_context_member_errorf (ctx, "inLanguage", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                         /* Translators: %s is the text from the file */
                                         _("“%s” is not a language tag such as en or pt-BR"), lang);
  else
    briefing_article_set_language (article, lang);

  grade = briefing_read_context_string (ctx, object, "sourceGrade", 0);
  if (grade != NULL)
    {
      int value;

      if (strlen (grade) == 1 && briefing_enum_from_nick (BRIEFING_TYPE_SOURCE_GRADE, grade, &value) &&
          value != BRIEFING_SOURCE_GRADE_NONE)
        briefing_article_set_source_grade (article, value);
      else
        briefing_read_context_member_errorf (ctx, "sourceGrade", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                             /* Translators: %s is the text from the file */
                                             _("“%s” is not a source grade from A to F"), grade);
    }

  if ((authors = briefing_read_context_strings (ctx, object, "author")) != NULL)
    {
      g_ptr_array_add (authors, NULL);
      briefing_article_set_authors (article, (const char * const *) authors->pdata);
    }

  read_article_body (ctx, object, article);

  briefing_read_context_foreach_object (ctx, object, "image", read_image, article);

  if (id != NULL && headline != NULL)
    briefing_read_context_add (ctx, G_OBJECT (article), id);
}

/* The top level: what makes a document a bundle of a version this reader knows. */
static gboolean
read_header (BriefingReadContext *ctx,
             JsonObject          *root)
{
  const char *format, *id, *title, *language;
  gint64 version;
  BriefingDate created = { 0 }, updated;

  format = briefing_read_context_string (ctx, root, "format", 0);
  if (format == NULL)
    {
      if (!json_object_has_member (root, "format"))
        briefing_read_context_error (ctx, BRIEFING_BUNDLE_ERROR_NOT_A_BUNDLE,
                                     _("missing member “format”: this is not a Briefing bundle"));
      return FALSE;
    }
  if (strcmp (format, BRIEFING_BUNDLE_FORMAT) != 0)
    {
      briefing_read_context_member_errorf (ctx, "format", BRIEFING_BUNDLE_ERROR_NOT_A_BUNDLE,
                                           /* Translators: the first %s is the format found, the second the one expected */
                                           _("format is “%s”, expected “%s”"), format, BRIEFING_BUNDLE_FORMAT);
      return FALSE;
    }

  if (!briefing_read_context_int (ctx, root, "version", G_MININT32, G_MAXINT32, BRIEFING_READ_REQUIRED, &version))
    return FALSE;
  if (version != BRIEFING_BUNDLE_VERSION)
    {
      briefing_read_context_member_errorf (ctx, "version", BRIEFING_BUNDLE_ERROR_UNSUPPORTED_VERSION,
                                           /* Translators: the first number is the version in the file, the second the one this program reads */
                                           _("unsupported version %lld: this Briefing reads version %d"),
                                           (long long) version, BRIEFING_BUNDLE_VERSION);
      return FALSE;
    }

  briefing_read_context_check_members (ctx, root, bundle_members);

  id = briefing_read_context_string (ctx, root, "id", BRIEFING_READ_REQUIRED);
  if (id != NULL && !is_valid_id (id, 128))
    {
      briefing_read_context_member_errorf (ctx, "id", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                           /* Translators: %s is the id from the file */
                                           _("“%s” is not a valid bundle id (letters, digits, “.”, “_” and “-”, "
                                             "starting with a letter or digit, at most 128)"), id);
      id = NULL;
    }
  title = briefing_read_context_string (ctx, root, "title", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY | BRIEFING_READ_LABEL);
  ctx->bundle = briefing_bundle_new (id != NULL ? id : "invalid", title != NULL ? title : "");
  briefing_bundle_set_description (ctx->bundle, briefing_read_context_string (ctx, root, "description", 0));
  briefing_bundle_set_schema_uri (ctx->bundle, briefing_read_context_string (ctx, root, "$schema", 0));

  language = briefing_read_context_string (ctx, root, "language", BRIEFING_READ_REQUIRED);
  if (language != NULL && !is_language_tag (language))
    briefing_read_context_member_errorf (ctx, "language", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                         _("“%s” is not a language tag such as en or pt-BR"), language);
  else
    briefing_bundle_set_language (ctx->bundle, language);

  if (briefing_read_context_date_time (ctx, root, "created", BRIEFING_READ_REQUIRED, &created))
    briefing_bundle_set_created (ctx->bundle, &created);
  if (briefing_read_context_date_time (ctx, root, "updated", 0, &updated))
    {
      if (briefing_date_is_set (&created) && briefing_date_compare (&updated, &created) < 0)
        briefing_read_context_member_errorf (ctx, "updated", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                             _("the bundle is updated before it was created"));
      else
        briefing_bundle_set_updated (ctx->bundle, &updated);
    }

  return TRUE;
}


/* Reads the checked document into ctx->bundle, reporting to @ctx; the check runs alongside. */
static void
read_document (BriefingReadContext  *ctx,
               BriefingJsonDocument *document)
{
  static const char * const collections[] = { "parties", "articles", "events", "demands" };
  static const BriefingReadObjectFunc readers[] = { read_party, read_article, briefing_parse_event,
                                                    briefing_parse_demand };
  JsonNode *root = briefing_json_document_get_root (document);
  JsonObject *object;

  if (root == NULL)
    {
      /* The check refuses whatever the builder does not take, and reports it. */
      g_autofree char *message = g_strdup_printf (_("unexpected character, expected %s"), _("a value"));

      briefing_read_context_error (ctx, BRIEFING_BUNDLE_ERROR_SYNTAX, message);
      return;
    }
  briefing_read_context_set_progress (ctx, 350);

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      briefing_read_context_error (ctx, BRIEFING_BUNDLE_ERROR_NOT_A_BUNDLE,
                                   _("expected a JSON object at the top level: this is not a Briefing bundle"));
      return;
    }

  object = json_node_get_object (root);
  briefing_read_context_set_progress (ctx, 700);
  if (!read_header (ctx, object))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (collections); i++)
    ctx->items_total += MAX (briefing_json_document_get_n_elements (document, collections[i]), 0);

  for (guint i = 0; i < G_N_ELEMENTS (collections); i++)
    briefing_read_context_foreach_element (ctx, document, collections[i], readers[i], NULL);
}

/* Reads and validates @data (not NUL-terminated) into a bundle; all problems go to @ctx. The
 * strict check (briefing_json_check) runs while the bundle is read, one item at a time, from
 * what it has accepted: the file's whole JSON tree is never built. */
BriefingBundle *
briefing_bundle_parse (BriefingReadContext *ctx,
                       const char          *data,
                       gsize                length)
{
  BriefingJsonDocument *document;
  BriefingProblem *problem;

  if (length > ctx->max_size)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (ctx->max_size);

      briefing_read_context_errorf (ctx, BRIEFING_BUNDLE_ERROR_TOO_LARGE,
                                    /* Translators: both are sizes such as "600 MB" */
                                    _("the file is too large (%s; the limit is %s)"), size, limit);
      return NULL;
    }

  document = briefing_json_document_open (data, length);
  read_document (ctx, document);
  if ((problem = briefing_json_document_close (document)) != NULL)
    {
      /* A text the check refuses is reported by that problem alone. */
      briefing_read_context_clear_problems (ctx);
      briefing_read_context_take_problem (ctx, problem);
      g_clear_object (&ctx->bundle);
      return NULL;
    }

  if (ctx->n_errors > 0 || ctx->stopped)
    {
      g_clear_object (&ctx->bundle);
      return NULL;
    }

  return g_steal_pointer (&ctx->bundle);
}
