/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-citation-parse"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "briefing-anchor.h"
#include "briefing-bundle-parse-private.h"

/* Quotes in messages are cut to this many characters. */
#define QUOTE_PREVIEW 60

static const char * const dispute_members[] = { "note", "citations", NULL };
static const char * const citation_members[] = { "source", "selector", NULL };
static const char * const quote_members[] = { "type", "exact", "prefix", "suffix", NULL };
static const char * const position_members[] = { "type", "start", "end", NULL };

/* The quote as messages show it: cut to QUOTE_PREVIEW characters. */
static char *
preview (const char *text)
{
  g_autofree char *start = NULL;

  if (g_utf8_strlen (text, -1) <= QUOTE_PREVIEW)
    return g_strdup (text);

  start = g_utf8_substring (text, 0, QUOTE_PREVIEW - 1);
  return g_strconcat (start, "…", NULL);
}

/* Finds the quote of @citation in @article and records where; a quote that is not there is an error. */
static void
anchor_citation (BriefingReadContext *ctx,
                 BriefingCitation    *citation,
                 BriefingArticle     *article)
{
  const char *text = briefing_article_get_text (article);
  gsize text_len = briefing_article_get_text_length (article);
  gint64 pos_start = -1, pos_end = -1;
  gboolean has_position;
  gsize start = 0, end = 0;
  g_autofree char *quote = NULL;
  BriefingAnchorResult result;

  has_position = briefing_citation_get_position (citation, &pos_start, &pos_end);
  result = briefing_anchor_find (text, text_len, briefing_citation_get_exact (citation),
                                 briefing_citation_get_prefix (citation),
                                 briefing_citation_get_suffix (citation),
                                 has_position ? pos_start : -1, &start, &end);

  if (result != BRIEFING_ANCHOR_FOUND)
    quote = preview (briefing_citation_get_exact (citation));

  briefing_read_context_push (ctx, "selector");
  switch (result)
    {
    case BRIEFING_ANCHOR_NOT_FOUND:
      briefing_read_context_errorf (ctx, BRIEFING_BUNDLE_ERROR_QUOTE_NOT_FOUND,
                                    /* Translators: the first %s is an article id, the second the quoted words */
                                    _("quote not found in article “%s”: “%s”"),
                                    briefing_article_get_id (article), quote);
      break;

    case BRIEFING_ANCHOR_CONTEXT_DIFFERS:
      briefing_read_context_errorf (ctx, BRIEFING_BUNDLE_ERROR_QUOTE_NOT_FOUND,
                                    /* Translators: the first %s is an article id, the second the quoted words */
                                    _("quote found in article “%s” but not with its prefix and suffix: “%s”"),
                                    briefing_article_get_id (article), quote);
      break;

    case BRIEFING_ANCHOR_AMBIGUOUS:
      briefing_read_context_warningf (ctx, BRIEFING_BUNDLE_ERROR_QUOTE_NOT_FOUND,
                                      /* Translators: %s is the quoted words */
                                      _("the quote “%s” occurs more than once in the article; "
                                        "add a prefix, a suffix or a position to say which"), quote);
      G_GNUC_FALLTHROUGH;

    case BRIEFING_ANCHOR_FOUND:
      briefing_citation_set_anchor (citation, start, end);
      if (has_position)
        {
          gint64 found_start = briefing_anchor_byte_to_char (text, start);
          gint64 found_end = found_start + g_utf8_strlen (text + start, end - start);

          if (found_start != pos_start || found_end != pos_end)
            briefing_read_context_warningf (ctx, BRIEFING_BUNDLE_ERROR_INVALID_VALUE,
                                            /* Translators: positions in the text, as numbers */
                                            _("the position %lld–%lld does not match the quote, found at "
                                              "%lld–%lld"), (long long) pos_start, (long long) pos_end,
                                            (long long) found_start, (long long) found_end);
        }
      break;

    default:
      g_assert_not_reached ();
    }
  briefing_read_context_pop (ctx);
}

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

  anchor_citation (ctx, citation, article);
  return g_steal_pointer (&citation);
}


/* Reads @name of @object, an array of citations; NULL when absent. (transfer full) */
GPtrArray *
briefing_parse_citations (BriefingReadContext *ctx,
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
  BRIEFING_ADD_CITATIONS (briefing_parse_citations (ctx, object, "citations", 2), dispute, briefing_dispute_add_citation);

  return g_steal_pointer (&dispute);
}

/* The optional "disputed" member of @object; NULL when absent or invalid. (transfer full) */
BriefingDispute *
briefing_parse_disputed (BriefingReadContext *ctx,
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
