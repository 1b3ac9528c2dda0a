/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-bundle-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "briefing-anchor.h"
#include "briefing-bundle-reader.h"
#include "briefing-enum-types.h"
#include "briefing-error.h"
#include "briefing-json-scan.h"
#include "briefing-reader-context-private.h"

struct _BriefingBundleReader
{
  GObject    parent_instance;

  guint64    max_size;
  guint      max_errors;
  GPtrArray *problems;  /* of BriefingProblem, from the last read */
  guint      n_errors;
};

G_DEFINE_FINAL_TYPE (BriefingBundleReader, briefing_bundle_reader, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_MAX_SIZE,
  PROP_MAX_ERRORS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The members each kind of object may have, for the unknown-member check. */
static const char * const bundle_members[] = {
  "$schema", "format", "version", "id", "title", "description", "language", "created", "updated",
  "parties", "articles", "events", "demands", NULL
};
static const char * const party_members[] = {
  "id", "name", "shortName", "role", "color", "representatives", "reliabilityNotes", NULL
};
static const char * const person_members[] = { "name", "title", NULL };
static const char * const head_members[] = { "party", "name", "title", NULL };
static const char * const article_members[] = {
  "id", "headline", "publisher", "url", "datePublished", "inLanguage", "author", "articleBody",
  "image", "sourceGrade", NULL
};
static const char * const image_members[] = { "contentUrl", "caption", "creditText", NULL };
static const char * const event_members[] = {
  "id", "kind", "title", "description", "start", "end", "duration", "precision", "round",
  "location", "participants", "mediators", "host", "delegationHeads", "outcomes", "citations",
  "disputed", NULL
};
static const char * const outcome_members[] = { "text", "status", "citations", "disputed", NULL };
static const char * const demand_members[] = {
  "id", "party", "text", "category", "firstStated", "reiterated", "withdrawn", "citations",
  "responses", "credibility", "disputed", NULL
};
static const char * const response_members[] = {
  "party", "event", "stance", "note", "citations", "disputed", NULL
};
static const char * const dispute_members[] = { "note", "citations", NULL };
static const char * const citation_members[] = { "source", "selector", NULL };
static const char * const quote_members[] = { "type", "exact", "prefix", "suffix", NULL };
static const char * const position_members[] = { "type", "start", "end", NULL };

/* Reading the parts of a bundle */

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
is_category (const char *category)
{
  if (!g_ascii_islower (category[0]))
    return FALSE;
  for (const char *p = category + 1; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;
  return TRUE;
}

static gboolean
is_web_url (const char *url,
            gboolean    https_only)
{
  if (!g_str_has_prefix (url, "https://") && (https_only || !g_str_has_prefix (url, "http://")))
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

static BriefingDispute *read_dispute (BriefingReadContext *ctx, JsonNode *node);

static BriefingCitation *
read_citation (BriefingReadContext *ctx,
               JsonNode            *node)
{
  JsonObject *object, *quote = NULL, *position = NULL;
  JsonArray *selectors = NULL;
  const char *source, *exact = NULL, *prefix = NULL, *suffix = NULL;
  gint64 start = -1, end = -1;
  BriefingArticle *article;
  g_autoptr(BriefingCitation) citation = NULL;
  JsonNode *selector_node;
  guint n_selectors;

  if ((object = briefing_read_context_object (ctx, node)) == NULL)
    return NULL;
  briefing_read_context_check_members (ctx, object, citation_members);

  source = briefing_read_context_string (ctx, object, "source", BRIEFING_READ_REQUIRED);
  selector_node = json_object_get_member (object, "selector");
  if (selector_node == NULL)
    {
      briefing_read_context_missing (ctx, "selector");
      return NULL;
    }

  briefing_read_context_push (ctx, "selector");
  if (JSON_NODE_HOLDS_ARRAY (selector_node))
    selectors = json_node_get_array (selector_node);
  else if (!JSON_NODE_HOLDS_OBJECT (selector_node))
    {
      briefing_read_context_error (ctx, BRIEFING_BUNDLE_ERROR_WRONG_TYPE,
                                   _("expected a selector object or an array of them"));
      briefing_read_context_pop (ctx);
      return NULL;
    }

  n_selectors = selectors != NULL ? json_array_get_length (selectors) : 1;
  for (guint i = 0; i < n_selectors; i++)
    {
      JsonNode *sel_node = selectors != NULL ? json_array_get_element (selectors, i) : selector_node;
      JsonObject *sel;
      const char *type;

      if (selectors != NULL)
        briefing_read_context_push_index (ctx, i);

      if ((sel = briefing_read_context_object (ctx, sel_node)) != NULL &&
          (type = briefing_read_context_string (ctx, sel, "type", BRIEFING_READ_REQUIRED)) != NULL)
        {
          if (strcmp (type, "TextQuoteSelector") == 0 && quote == NULL)
            {
              quote = sel;
              briefing_read_context_check_members (ctx, sel, quote_members);
              exact = briefing_read_context_string (ctx, sel, "exact",
                                                    BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY);
              prefix = briefing_read_context_string (ctx, sel, "prefix", 0);
              suffix = briefing_read_context_string (ctx, sel, "suffix", 0);
            }
          else if (strcmp (type, "TextPositionSelector") == 0 && position == NULL)
            {
              position = sel;
              briefing_read_context_check_members (ctx, sel, position_members);
              briefing_read_context_int (ctx, sel, "start", 0, G_MAXINT32, BRIEFING_READ_REQUIRED, &start);
              briefing_read_context_int (ctx, sel, "end", 0, G_MAXINT32, BRIEFING_READ_REQUIRED, &end);
              if (start >= 0 && end >= 0 && end <= start)
                briefing_read_context_error (ctx, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                             _("the position's end must come after its start"));
            }
          else if (strcmp (type, "TextQuoteSelector") == 0 ||
                   strcmp (type, "TextPositionSelector") == 0)
            briefing_read_context_error (ctx, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                         _("a citation has at most one selector of each type"));
          else
            briefing_read_context_errorf (ctx, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                          /* Translators: %s is a selector type name from the file */
                                          _("unsupported selector type “%s” (expected "
                                            "TextQuoteSelector or TextPositionSelector)"), type);
        }

      if (selectors != NULL)
        briefing_read_context_pop (ctx);
    }

  if (quote == NULL)
    briefing_read_context_error (ctx, BRIEFING_BUNDLE_ERROR_MISSING_MEMBER,
                                 _("a citation needs a TextQuoteSelector with the quoted words"));
  briefing_read_context_pop (ctx);

  if (source == NULL || exact == NULL)
    return NULL;

  citation = briefing_citation_new (source, exact);
  briefing_citation_set_prefix (citation, prefix);
  briefing_citation_set_suffix (citation, suffix);
  if (start >= 0 && end > start)
    briefing_citation_set_position (citation, start, end);

  article = briefing_bundle_lookup_article (ctx->bundle, source);
  if (article == NULL)
    {
      briefing_read_context_push (ctx, "source");
      briefing_read_context_errorf (ctx, BRIEFING_BUNDLE_ERROR_UNKNOWN_REFERENCE,
                                    /* Translators: %s is an article id */
                                    _("unknown article “%s”"), source);
      briefing_read_context_pop (ctx);
      return g_steal_pointer (&citation);
    }

  briefing_read_context_anchor (ctx, citation, article);
  return g_steal_pointer (&citation);
}

/* Reads @name of @object, an array of citations; NULL when absent. (transfer full) */
static GPtrArray *
read_citations (BriefingReadContext *ctx,
                JsonObject          *object,
                const char          *name,
                guint                min_items)
{
  GPtrArray *citations;
  JsonArray *array;
  guint n;

  array = briefing_read_context_array (ctx, object, name, min_items > 0 ? BRIEFING_READ_REQUIRED : 0);
  if (array == NULL)
    return NULL;

  citations = g_ptr_array_new_with_free_func (g_object_unref);
  n = json_array_get_length (array);
  briefing_read_context_push (ctx, name);
  if (n < min_items)
    briefing_read_context_errorf (ctx, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                  ngettext ("at least %u citation is needed",
                                            "at least %u citations are needed", min_items),
                                  min_items);
  for (guint i = 0; i < n && !ctx->stopped; i++)
    {
      BriefingCitation *citation;

      briefing_read_context_push_index (ctx, i);
      if ((citation = read_citation (ctx, json_array_get_element (array, i))) != NULL)
        g_ptr_array_add (citations, citation);
      briefing_read_context_pop (ctx);
    }
  briefing_read_context_pop (ctx);

  return citations;
}

#define ADD_CITATIONS(citations, owner, add_func)            \
  G_STMT_START {                                             \
    g_autoptr(GPtrArray) _list = (citations);                \
    for (guint _i = 0; _list != NULL && _i < _list->len; _i++) \
      add_func ((owner), _list->pdata[_i]);                  \
  } G_STMT_END

static BriefingDispute *
read_dispute (BriefingReadContext *ctx,
              JsonNode            *node)
{
  JsonObject *object;
  const char *note;
  g_autoptr(BriefingDispute) dispute = NULL;

  if ((object = briefing_read_context_object (ctx, node)) == NULL)
    return NULL;
  briefing_read_context_check_members (ctx, object, dispute_members);

  note = briefing_read_context_string (ctx, object, "note", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY);
  dispute = briefing_dispute_new (note != NULL ? note : "");
  ADD_CITATIONS (read_citations (ctx, object, "citations", 2), dispute, briefing_dispute_add_citation);

  return g_steal_pointer (&dispute);
}

/* The optional "disputed" member of @object; NULL when absent or invalid. (transfer full) */
static BriefingDispute *
read_disputed (BriefingReadContext *ctx,
               JsonObject          *object)
{
  JsonNode *node = json_object_get_member (object, "disputed");
  BriefingDispute *dispute;

  if (node == NULL)
    return NULL;

  briefing_read_context_push (ctx, "disputed");
  dispute = read_dispute (ctx, node);
  briefing_read_context_pop (ctx);

  return dispute;
}

static void
read_party (BriefingReadContext *ctx,
            JsonObject          *object)
{
  const char *id, *name, *color;
  int role = BRIEFING_PARTY_ROLE_PARTY;
  g_autoptr(BriefingParty) party = NULL;
  JsonArray *reps;

  briefing_read_context_check_members (ctx, object, party_members);
  id = briefing_read_context_id (ctx, object);
  name = briefing_read_context_string (ctx, object, "name", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY);
  briefing_read_context_enum (ctx, object, "role", BRIEFING_TYPE_PARTY_ROLE, BRIEFING_READ_REQUIRED, &role);

  party = briefing_party_new (id != NULL ? id : "", name != NULL ? name : "", role);
  briefing_party_set_short_name (party, briefing_read_context_string (ctx, object, "shortName", BRIEFING_READ_NON_EMPTY));
  briefing_party_set_reliability_notes (party, briefing_read_context_string (ctx, object, "reliabilityNotes", 0));

  color = briefing_read_context_string (ctx, object, "color", 0);
  if (color != NULL && !is_color (color))
    briefing_read_context_member_errorf (ctx, "color", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                         /* Translators: %s is the colour text from the file */
                                         _("“%s” is not a colour of the form #rrggbb"), color);
  else
    briefing_party_set_color (party, color);

  if ((reps = briefing_read_context_array (ctx, object, "representatives", 0)) != NULL)
    {
      briefing_read_context_push (ctx, "representatives");
      for (guint i = 0; i < json_array_get_length (reps); i++)
        {
          JsonObject *rep;

          briefing_read_context_push_index (ctx, i);
          if ((rep = briefing_read_context_object (ctx, json_array_get_element (reps, i))) != NULL)
            {
              const char *rep_name, *title;

              briefing_read_context_check_members (ctx, rep, person_members);
              rep_name = briefing_read_context_string (ctx, rep, "name", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY);
              title = briefing_read_context_string (ctx, rep, "title", BRIEFING_READ_NON_EMPTY);
              if (rep_name != NULL)
                briefing_party_add_representative (party, rep_name, title);
            }
          briefing_read_context_pop (ctx);
        }
      briefing_read_context_pop (ctx);
    }

  if (id != NULL && name != NULL)
    briefing_read_context_add (ctx, G_OBJECT (party), id);
}

static void
read_article (BriefingReadContext *ctx,
              JsonObject          *object)
{
  const char *id, *headline, *url, *lang, *grade;
  g_autoptr(BriefingArticle) article = NULL;
  g_autoptr(GPtrArray) authors = NULL;
  JsonArray *array;
  BriefingDate published;

  briefing_read_context_check_members (ctx, object, article_members);
  id = briefing_read_context_id (ctx, object);
  headline = briefing_read_context_string (ctx, object, "headline", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY);
  article = briefing_article_new (id != NULL ? id : "", headline != NULL ? headline : "");
  briefing_article_set_publisher (article, briefing_read_context_string (ctx, object, "publisher", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY));

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

  briefing_read_context_article_body (ctx, object, article);

  if ((array = briefing_read_context_array (ctx, object, "image", 0)) != NULL)
    {
      briefing_read_context_push (ctx, "image");
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *img;

          briefing_read_context_push_index (ctx, i);
          if ((img = briefing_read_context_object (ctx, json_array_get_element (array, i))) != NULL)
            {
              const char *content_url, *why = NULL;

              briefing_read_context_check_members (ctx, img, image_members);
              content_url = briefing_read_context_string (ctx, img, "contentUrl", BRIEFING_READ_REQUIRED);
              if (content_url != NULL)
                {
                  if (g_str_has_prefix (content_url, "https://"))
                    {
                      if (!is_web_url (content_url, TRUE))
                        why = _("not a valid https:// URL");
                    }
                  else
                    why = check_image_path (content_url);

                  if (why != NULL)
                    briefing_read_context_member_errorf (ctx, "contentUrl", BRIEFING_BUNDLE_ERROR_UNSAFE_PATH,
                                                         "%s: “%s”", why, content_url);
                  else
                    briefing_article_add_image (article,
                                                briefing_image_new (content_url,
                                                                    briefing_read_context_string (ctx, img, "caption", 0),
                                                                    briefing_read_context_string (ctx, img, "creditText", 0)));
                }
            }
          briefing_read_context_pop (ctx);
        }
      briefing_read_context_pop (ctx);
    }

  if (id != NULL && headline != NULL)
    briefing_read_context_add (ctx, G_OBJECT (article), id);
}

static void
read_outcome (BriefingReadContext *ctx,
              BriefingEvent       *event,
              JsonObject          *object)
{
  const char *text;
  int status = BRIEFING_OUTCOME_STATUS_PENDING;
  g_autoptr(BriefingOutcome) outcome = NULL;
  g_autoptr(BriefingDispute) dispute = NULL;

  briefing_read_context_check_members (ctx, object, outcome_members);
  text = briefing_read_context_string (ctx, object, "text", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY);
  briefing_read_context_enum (ctx, object, "status", BRIEFING_TYPE_OUTCOME_STATUS, BRIEFING_READ_REQUIRED, &status);

  outcome = briefing_outcome_new (text != NULL ? text : "", status);
  ADD_CITATIONS (read_citations (ctx, object, "citations", 1), outcome, briefing_outcome_add_citation);
  dispute = read_disputed (ctx, object);
  briefing_outcome_set_disputed (outcome, dispute);

  briefing_event_add_outcome (event, outcome);
}

static void
read_event (BriefingReadContext *ctx,
            JsonObject          *object)
{
  const char *id, *title, *duration, *host;
  int kind = BRIEFING_EVENT_KIND_OTHER, precision;
  gint64 round = 0;
  BriefingDate start = { 0 }, end;
  g_autoptr(BriefingEvent) event = NULL;
  g_autoptr(BriefingDispute) dispute = NULL;
  g_autoptr(GPtrArray) ids = NULL;
  JsonArray *array;

  briefing_read_context_check_members (ctx, object, event_members);
  id = briefing_read_context_id (ctx, object);
  briefing_read_context_enum (ctx, object, "kind", BRIEFING_TYPE_EVENT_KIND, BRIEFING_READ_REQUIRED, &kind);
  title = briefing_read_context_string (ctx, object, "title", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY);
  briefing_read_context_date (ctx, object, "start", BRIEFING_READ_REQUIRED, &start);

  event = briefing_event_new (id != NULL ? id : "", kind, title != NULL ? title : "", &start);
  briefing_event_set_description (event, briefing_read_context_string (ctx, object, "description", 0));
  briefing_event_set_location (event, briefing_read_context_string (ctx, object, "location", BRIEFING_READ_NON_EMPTY));

  if (briefing_read_context_date (ctx, object, "end", 0, &end))
    {
      if (briefing_date_is_set (&start) && briefing_date_compare (&end, &start) < 0)
        briefing_read_context_member_errorf (ctx, "end", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                             _("the end is before the start"));
      else
        briefing_event_set_end (event, &end);
    }

  if ((duration = briefing_read_context_string (ctx, object, "duration", 0)) != NULL)
    {
      gint64 seconds;
      g_autoptr(GError) error = NULL;

      if (briefing_duration_parse (duration, &seconds, &error))
        briefing_event_set_duration (event, seconds);
      else
        briefing_read_context_member_error (ctx, "duration", error->code, error->message);
    }

  if (briefing_read_context_enum (ctx, object, "precision", BRIEFING_TYPE_DATE_PRECISION, 0, &precision))
    {
      if (briefing_date_is_set (&start) && precision > start.precision)
        briefing_read_context_member_errorf (ctx, "precision", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                             /* Translators: %s is a precision such as "exact" */
                                             _("precision “%s” is finer than the start date gives"),
                                             briefing_enum_to_nick (BRIEFING_TYPE_DATE_PRECISION, precision));
      else
        briefing_event_set_precision (event, precision);
    }

  if (briefing_read_context_int (ctx, object, "round", 1, 10000, 0, &round))
    briefing_event_set_round (event, round);

  if ((ids = briefing_read_context_party_refs (ctx, object, "participants")) != NULL)
    for (guint i = 0; i < ids->len; i++)
      briefing_event_add_participant (event, ids->pdata[i]);
  g_clear_pointer (&ids, g_ptr_array_unref);
  if ((ids = briefing_read_context_party_refs (ctx, object, "mediators")) != NULL)
    for (guint i = 0; i < ids->len; i++)
      briefing_event_add_mediator (event, ids->pdata[i]);

  if ((host = briefing_read_context_reference (ctx, object, "host", BRIEFING_TYPE_PARTY, 0)) != NULL)
    briefing_event_set_host (event, host);

  if ((array = briefing_read_context_array (ctx, object, "delegationHeads", 0)) != NULL)
    {
      briefing_read_context_push (ctx, "delegationHeads");
      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonObject *head;

          briefing_read_context_push_index (ctx, i);
          if ((head = briefing_read_context_object (ctx, json_array_get_element (array, i))) != NULL)
            {
              const char *party, *name;

              briefing_read_context_check_members (ctx, head, head_members);
              party = briefing_read_context_reference (ctx, head, "party", BRIEFING_TYPE_PARTY, BRIEFING_READ_REQUIRED);
              name = briefing_read_context_string (ctx, head, "name", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY);
              if (party != NULL && name != NULL)
                briefing_event_add_delegation_head (event, party, name,
                                                    briefing_read_context_string (ctx, head, "title", BRIEFING_READ_NON_EMPTY));
            }
          briefing_read_context_pop (ctx);
        }
      briefing_read_context_pop (ctx);
    }

  if ((array = briefing_read_context_array (ctx, object, "outcomes", 0)) != NULL)
    {
      briefing_read_context_push (ctx, "outcomes");
      for (guint i = 0; i < json_array_get_length (array) && !ctx->stopped; i++)
        {
          JsonObject *outcome;

          briefing_read_context_push_index (ctx, i);
          if ((outcome = briefing_read_context_object (ctx, json_array_get_element (array, i))) != NULL)
            read_outcome (ctx, event, outcome);
          briefing_read_context_pop (ctx);
        }
      briefing_read_context_pop (ctx);
    }

  ADD_CITATIONS (read_citations (ctx, object, "citations", 0), event, briefing_event_add_citation);
  dispute = read_disputed (ctx, object);
  briefing_event_set_disputed (event, dispute);

  if (id != NULL && title != NULL && briefing_date_is_set (&start))
    briefing_read_context_add (ctx, G_OBJECT (event), id);
}

static void
read_response (BriefingReadContext *ctx,
               BriefingDemand      *demand,
               JsonObject          *object)
{
  const char *party, *event;
  int stance = BRIEFING_STANCE_UNKNOWN;
  g_autoptr(BriefingResponse) response = NULL;
  g_autoptr(BriefingDispute) dispute = NULL;

  briefing_read_context_check_members (ctx, object, response_members);
  party = briefing_read_context_reference (ctx, object, "party", BRIEFING_TYPE_PARTY, BRIEFING_READ_REQUIRED);
  event = briefing_read_context_reference (ctx, object, "event", BRIEFING_TYPE_EVENT, BRIEFING_READ_REQUIRED);
  briefing_read_context_enum (ctx, object, "stance", BRIEFING_TYPE_STANCE, BRIEFING_READ_REQUIRED, &stance);

  if (party != NULL && g_strcmp0 (party, briefing_demand_get_party (demand)) == 0)
    briefing_read_context_member_errorf (ctx, "party", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                         /* Translators: %s is a party id */
                                         _("party “%s” cannot answer its own demand"), party);

  response = briefing_response_new (party != NULL ? party : "", event != NULL ? event : "", stance);
  briefing_response_set_note (response, briefing_read_context_string (ctx, object, "note", BRIEFING_READ_NON_EMPTY));
  ADD_CITATIONS (read_citations (ctx, object, "citations", stance == BRIEFING_STANCE_UNKNOWN ? 0 : 1),
                 response, briefing_response_add_citation);
  dispute = read_disputed (ctx, object);
  briefing_response_set_disputed (response, dispute);

  briefing_demand_add_response (demand, response);
}

static void
read_demand (BriefingReadContext *ctx,
             JsonObject          *object)
{
  const char *id, *party, *text, *category, *first, *withdrawn;
  gint64 credibility;
  g_autoptr(BriefingDemand) demand = NULL;
  g_autoptr(BriefingDispute) dispute = NULL;
  g_autoptr(GPtrArray) reiterated = NULL;
  JsonArray *array;

  briefing_read_context_check_members (ctx, object, demand_members);
  id = briefing_read_context_id (ctx, object);
  party = briefing_read_context_reference (ctx, object, "party", BRIEFING_TYPE_PARTY, BRIEFING_READ_REQUIRED);
  text = briefing_read_context_string (ctx, object, "text", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY);
  category = briefing_read_context_string (ctx, object, "category", BRIEFING_READ_REQUIRED);
  if (category != NULL && !is_category (category))
    {
      briefing_read_context_member_errorf (ctx, "category", BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                           /* Translators: %s is the text from the file; keep the words in quotes */
                                           _("“%s” is not a category: use ceasefire, territory, security, "
                                             "humanitarian, political, economic, other, or another "
                                             "lower-case word"), category);
      category = NULL;
    }

  demand = briefing_demand_new (id != NULL ? id : "", party != NULL ? party : "", text != NULL ? text : "",
                                category != NULL ? category : "other");

  first = briefing_read_context_reference (ctx, object, "firstStated", BRIEFING_TYPE_EVENT, BRIEFING_READ_REQUIRED);
  briefing_demand_set_first_stated (demand, first);
  if ((reiterated = briefing_read_context_event_refs (ctx, object, "reiterated")) != NULL)
    for (guint i = 0; i < reiterated->len; i++)
      briefing_demand_add_reiterated (demand, reiterated->pdata[i]);
  withdrawn = briefing_read_context_reference (ctx, object, "withdrawn", BRIEFING_TYPE_EVENT, 0);
  briefing_demand_set_withdrawn (demand, withdrawn);

  if (briefing_read_context_int (ctx, object, "credibility", 1, 6, 0, &credibility))
    briefing_demand_set_credibility (demand, credibility);

  ADD_CITATIONS (read_citations (ctx, object, "citations", 1), demand, briefing_demand_add_citation);

  if ((array = briefing_read_context_array (ctx, object, "responses", 0)) != NULL)
    {
      briefing_read_context_push (ctx, "responses");
      for (guint i = 0; i < json_array_get_length (array) && !ctx->stopped; i++)
        {
          JsonObject *response;

          briefing_read_context_push_index (ctx, i);
          if ((response = briefing_read_context_object (ctx, json_array_get_element (array, i))) != NULL)
            read_response (ctx, demand, response);
          briefing_read_context_pop (ctx);
        }
      briefing_read_context_pop (ctx);
    }

  dispute = read_disputed (ctx, object);
  briefing_demand_set_disputed (demand, dispute);

  if (id != NULL && party != NULL && text != NULL)
    briefing_read_context_add (ctx, G_OBJECT (demand), id);
}

static void
read_collection (BriefingReadContext *ctx,
                 JsonObject          *root,
                 const char          *name,
                 void               (*read_item) (BriefingReadContext *, JsonObject *))
{
  JsonArray *array = briefing_read_context_array (ctx, root, name, 0);

  if (array == NULL)
    return;

  briefing_read_context_push (ctx, name);
  for (guint i = 0; i < json_array_get_length (array) && !ctx->stopped; i++)
    {
      JsonObject *item;

      if (g_cancellable_is_cancelled (ctx->cancellable))
        {
          ctx->stopped = TRUE;
          break;
        }

      briefing_read_context_push_index (ctx, i);
      if ((item = briefing_read_context_object (ctx, json_array_get_element (array, i))) != NULL)
        read_item (ctx, item);
      briefing_read_context_pop (ctx);
    }
  briefing_read_context_pop (ctx);
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
                                           _("unsupported version %" G_GINT64_FORMAT ": this Briefing reads version %d"),
                                           version, BRIEFING_BUNDLE_VERSION);
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
  title = briefing_read_context_string (ctx, root, "title", BRIEFING_READ_REQUIRED | BRIEFING_READ_NON_EMPTY);
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

/* Reads and validates @data (not NUL-terminated) into a bundle; all problems go to @ctx. */
static BriefingBundle *
read_data (BriefingReadContext *ctx,
           const char          *data,
           gsize                length)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) error = NULL;
  BriefingProblem *problem;
  JsonNode *root;

  if (length > ctx->max_size)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (ctx->max_size);

      briefing_read_context_errorf (ctx, BRIEFING_BUNDLE_ERROR_TOO_LARGE,
                                    /* Translators: both are sizes such as "600 MB" */
                                    _("the file is too large (%s; the limit is %s)"), size, limit);
      return NULL;
    }

  if ((problem = briefing_json_check (data, length, BRIEFING_JSON_MAX_DEPTH)) != NULL)
    {
      briefing_read_context_take_problem (ctx, problem);
      return NULL;
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, length, &error))
    {
      /* The strict check above should have caught anything json-glib refuses. */
      briefing_read_context_error (ctx, BRIEFING_BUNDLE_ERROR_SYNTAX, error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      briefing_read_context_error (ctx, BRIEFING_BUNDLE_ERROR_NOT_A_BUNDLE,
                                   _("expected a JSON object at the top level: this is not a Briefing bundle"));
      return NULL;
    }

  if (!read_header (ctx, json_node_get_object (root)))
    return NULL;

  read_collection (ctx, json_node_get_object (root), "parties", read_party);
  read_collection (ctx, json_node_get_object (root), "articles", read_article);
  read_collection (ctx, json_node_get_object (root), "events", read_event);
  read_collection (ctx, json_node_get_object (root), "demands", read_demand);

  if (ctx->n_errors > 0 || ctx->stopped)
    {
      g_clear_object (&ctx->bundle);
      return NULL;
    }

  return g_steal_pointer (&ctx->bundle);
}

static BriefingBundle *
read_with_context (guint64               max_size,
                   guint                 max_errors,
                   GBytes               *bytes,
                   GFile                *file,
                   GCancellable         *cancellable,
                   GPtrArray           **problems,
                   guint                *n_errors,
                   GError              **error)
{
  g_autoptr(BriefingReadContext) ctx = NULL;
  g_autoptr(BriefingBundle) bundle = NULL;
  gsize length;
  const char *data = g_bytes_get_data (bytes, &length);

  ctx = briefing_read_context_new (max_size, max_errors, cancellable);
  bundle = read_data (ctx, data != NULL ? data : "", length);
  briefing_read_context_finish (ctx, data, length);

  *problems = g_ptr_array_ref (ctx->problems);
  *n_errors = ctx->n_errors;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  if (bundle == NULL)
    {
      briefing_read_context_set_error (ctx, error);
      return NULL;
    }

  if (file != NULL)
    briefing_bundle_set_file (bundle, file);

  return g_steal_pointer (&bundle);
}

/* Loading the file */

static GBytes *
load_file (GFile         *file,
           guint64        max_size,
           GCancellable  *cancellable,
           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  /* Refuse an oversized file before reading a byte of it. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local_error);
  if (info == NULL)
    {
      g_set_error_literal (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_IO, local_error->message);
      return NULL;
    }
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_IO,
                           _("this is a folder, not a bundle file"));
      return NULL;
    }
  if ((guint64) g_file_info_get_size (info) > max_size)
    {
      g_autofree char *size = g_format_size (g_file_info_get_size (info));
      g_autofree char *limit = g_format_size (max_size);

      g_set_error (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_TOO_LARGE,
                   _("the file is too large (%s; the limit is %s)"), size, limit);
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, &local_error))
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_propagate_error (error, g_steal_pointer (&local_error));
      else
        g_set_error_literal (error, BRIEFING_BUNDLE_ERROR, BRIEFING_BUNDLE_ERROR_IO, local_error->message);
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

static void
set_problems (BriefingBundleReader *self,
              GPtrArray            *problems,
              guint                 n_errors)
{
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  self->problems = problems;
  self->n_errors = n_errors;
}

/* Problems of an I/O failure, so callers read every failure the same way. */
static void
set_io_problem (BriefingBundleReader *self,
                const GError         *error)
{
  GPtrArray *problems = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_problem_free);

  g_ptr_array_add (problems, briefing_problem_new (BRIEFING_PROBLEM_ERROR, error->code, "", 0, 0,
                                                   error->message));
  set_problems (self, problems, 1);
}

typedef struct
{
  GFile     *file;
  guint64    max_size;
  guint      max_errors;
  GPtrArray *problems;
  guint      n_errors;
} ReadTaskData;

static void
read_task_data_free (ReadTaskData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->problems, g_ptr_array_unref);
  g_free (data);
}

static void
read_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  ReadTaskData *data = task_data;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  BriefingBundle *bundle;

  bytes = load_file (data->file, data->max_size, cancellable, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  bundle = read_with_context (data->max_size, data->max_errors, bytes, data->file, cancellable, &data->problems,
                              &data->n_errors, &error);
  if (bundle == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, bundle, g_object_unref);
}

/* GObject */

static void
briefing_bundle_reader_finalize (GObject *object)
{
  BriefingBundleReader *self = (BriefingBundleReader *) object;

  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (briefing_bundle_reader_parent_class)->finalize (object);
}

static void
briefing_bundle_reader_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  BriefingBundleReader *self = BRIEFING_BUNDLE_READER (object);

  switch (prop_id)
    {
    case PROP_MAX_SIZE:
      g_value_set_uint64 (value, self->max_size);
      break;
    case PROP_MAX_ERRORS:
      g_value_set_uint (value, self->max_errors);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_bundle_reader_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  BriefingBundleReader *self = BRIEFING_BUNDLE_READER (object);

  switch (prop_id)
    {
    case PROP_MAX_SIZE:
      briefing_bundle_reader_set_max_size (self, g_value_get_uint64 (value));
      break;
    case PROP_MAX_ERRORS:
      briefing_bundle_reader_set_max_errors (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_bundle_reader_class_init (BriefingBundleReaderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = briefing_bundle_reader_finalize;
  object_class->get_property = briefing_bundle_reader_get_property;
  object_class->set_property = briefing_bundle_reader_set_property;

  properties[PROP_MAX_SIZE] =
    g_param_spec_uint64 ("max-size", NULL, NULL,
                         1, G_MAXUINT64, BRIEFING_BUNDLE_DEFAULT_MAX_SIZE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAX_ERRORS] =
    g_param_spec_uint ("max-errors", NULL, NULL,
                       1, G_MAXUINT, BRIEFING_BUNDLE_DEFAULT_MAX_ERRORS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_bundle_reader_init (BriefingBundleReader *self)
{
  self->max_size = BRIEFING_BUNDLE_DEFAULT_MAX_SIZE;
  self->max_errors = BRIEFING_BUNDLE_DEFAULT_MAX_ERRORS;
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) briefing_problem_free);
}

/* Public API */

BriefingBundleReader *
briefing_bundle_reader_new (void)
{
  return g_object_new (BRIEFING_TYPE_BUNDLE_READER, NULL);
}

guint64
briefing_bundle_reader_get_max_size (BriefingBundleReader *self)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE_READER (self), 0);

  return self->max_size;
}

void
briefing_bundle_reader_set_max_size (BriefingBundleReader *self,
                                     guint64               max_size)
{
  g_return_if_fail (BRIEFING_IS_BUNDLE_READER (self));
  g_return_if_fail (max_size > 0);

  if (self->max_size == max_size)
    return;

  self->max_size = max_size;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_SIZE]);
}

guint
briefing_bundle_reader_get_max_errors (BriefingBundleReader *self)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE_READER (self), 0);

  return self->max_errors;
}

void
briefing_bundle_reader_set_max_errors (BriefingBundleReader *self,
                                       guint                 max_errors)
{
  g_return_if_fail (BRIEFING_IS_BUNDLE_READER (self));
  g_return_if_fail (max_errors > 0);

  if (self->max_errors == max_errors)
    return;

  self->max_errors = max_errors;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_ERRORS]);
}

BriefingBundle *
briefing_bundle_reader_read_bytes (BriefingBundleReader *self,
                                   GBytes               *bytes,
                                   GError              **error)
{
  GPtrArray *problems = NULL;
  guint n_errors = 0;
  BriefingBundle *bundle;

  g_return_val_if_fail (BRIEFING_IS_BUNDLE_READER (self), NULL);
  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bundle = read_with_context (self->max_size, self->max_errors, bytes, NULL, NULL, &problems, &n_errors, error);
  set_problems (self, problems, n_errors);

  return bundle;
}

BriefingBundle *
briefing_bundle_reader_read_file (BriefingBundleReader *self,
                                  GFile                *file,
                                  GCancellable         *cancellable,
                                  GError              **error)
{
  g_autoptr(GBytes) bytes = NULL;
  GPtrArray *problems = NULL;
  guint n_errors = 0;
  BriefingBundle *bundle;
  GError *local_error = NULL;

  g_return_val_if_fail (BRIEFING_IS_BUNDLE_READER (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = load_file (file, self->max_size, cancellable, &local_error);
  if (bytes == NULL)
    {
      set_io_problem (self, local_error);
      g_propagate_error (error, local_error);
      return NULL;
    }

  bundle = read_with_context (self->max_size, self->max_errors, bytes, file, cancellable, &problems, &n_errors, error);
  set_problems (self, problems, n_errors);

  return bundle;
}

void
briefing_bundle_reader_read_file_async (BriefingBundleReader *self,
                                        GFile                *file,
                                        GCancellable         *cancellable,
                                        GAsyncReadyCallback   callback,
                                        gpointer              user_data)
{
  g_autoptr(GTask) task = NULL;
  ReadTaskData *data;

  g_return_if_fail (BRIEFING_IS_BUNDLE_READER (self));
  g_return_if_fail (G_IS_FILE (file));

  data = g_new0 (ReadTaskData, 1);
  data->file = g_object_ref (file);
  data->max_size = self->max_size;
  data->max_errors = self->max_errors;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, briefing_bundle_reader_read_file_async);
  g_task_set_task_data (task, data, (GDestroyNotify) read_task_data_free);
  g_task_run_in_thread (task, read_file_thread);
}

BriefingBundle *
briefing_bundle_reader_read_file_finish (BriefingBundleReader *self,
                                         GAsyncResult         *result,
                                         GError              **error)
{
  ReadTaskData *data;
  BriefingBundle *bundle;
  GError *local_error = NULL;

  g_return_val_if_fail (BRIEFING_IS_BUNDLE_READER (self), NULL);
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  data = g_task_get_task_data (G_TASK (result));
  bundle = g_task_propagate_pointer (G_TASK (result), &local_error);

  if (data->problems != NULL)
    set_problems (self, g_steal_pointer (&data->problems), data->n_errors);
  else if (local_error != NULL)
    set_io_problem (self, local_error);

  if (local_error != NULL)
    g_propagate_error (error, local_error);

  return bundle;
}

GPtrArray *
briefing_bundle_reader_get_problems (BriefingBundleReader *self)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE_READER (self), NULL);

  return self->problems;
}

guint
briefing_bundle_reader_get_n_errors (BriefingBundleReader *self)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE_READER (self), 0);

  return self->n_errors;
}
