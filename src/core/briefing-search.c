/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-search"

#include "config.h"

#include <string.h>

#include "briefing-search.h"

/* Characters of context on each side of a match in a snippet. */
#define SNIPPET_CONTEXT 48

/* One searchable piece of text of an item: folded once, with a map back to the original bytes. */
typedef struct
{
  GObject            *item;       /* borrowed: the index keeps the bundle */
  BriefingSearchKind  kind;
  const char         *text;       /* borrowed from the item */
  gsize               text_len;
  gssize              base;       /* offset of @text in the article text, -1 when not article text */
  char               *folded;
  guint32            *map;        /* folded byte → original byte; NULL when identical */
} Field;

struct _BriefingSearchResult
{
  GObject             parent_instance;

  GObject            *item;
  BriefingSearchKind  kind;
  char               *snippet;
  gsize               snippet_match_start;
  gsize               snippet_match_end;
  gssize              text_start;
  gssize              text_end;
};

G_DEFINE_FINAL_TYPE (BriefingSearchResult, briefing_search_result, G_TYPE_OBJECT)

struct _BriefingSearchIndex
{
  GObject         parent_instance;

  BriefingBundle *bundle;
  GArray         *fields;  /* of Field, in result order: parties, events, demands, articles */
};

G_DEFINE_FINAL_TYPE (BriefingSearchIndex, briefing_search_index, G_TYPE_OBJECT)

/* Folding: lower case, accents removed, so "CIRAGAN" finds "Çırağan" and "Zurich" "Zürich". */

static void
fold_char (gunichar  ch,
           GString  *out)
{
  gunichar decomposed[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;
  char utf8[8];

  /* Turkish dotless ı has no decomposition; people type it as i. */
  if (ch == 0x0131)
    {
      g_string_append_c (out, 'i');
      return;
    }

  n = g_unichar_fully_decompose (ch, FALSE, decomposed, G_N_ELEMENTS (decomposed));
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *folded = NULL;
      int len;

      if (g_unichar_ismark (decomposed[i]))
        continue;
      len = g_unichar_to_utf8 (decomposed[i], utf8);
      folded = g_utf8_casefold (utf8, len);
      g_string_append (out, folded);
    }
}

/* Folds @text; when the result's bytes do not line up with the input's, *@map gets the original
 * byte offset of each folded byte (plus one entry for the end). */
static char *
fold (const char  *text,
      gsize        len,
      guint32    **map)
{
  GString *out = g_string_sized_new (len);
  GArray *offsets = NULL;
  const char *p = text, *end = text + len;

  *map = NULL;

  while (p < end)
    {
      if ((guchar) *p < 0x80)
        {
          g_string_append_c (out, g_ascii_tolower (*p));
          if (offsets != NULL)
            {
              guint32 o = p - text;

              g_array_append_val (offsets, o);
            }
          p++;
          continue;
        }

      {
        gsize before = out->len;
        guint32 o = p - text;

        /* The first non-ASCII character starts the map; earlier bytes map to themselves. */
        if (offsets == NULL)
          {
            offsets = g_array_sized_new (FALSE, FALSE, sizeof (guint32), len + 1);
            for (guint32 i = 0; i < before; i++)
              g_array_append_val (offsets, i);
          }

        fold_char (g_utf8_get_char (p), out);
        for (gsize i = before; i < out->len; i++)
          g_array_append_val (offsets, o);
        p = g_utf8_next_char (p);
      }
    }

  if (offsets != NULL)
    {
      guint32 o = len;

      g_array_append_val (offsets, o);
      *map = (guint32 *) g_array_free (offsets, FALSE);
    }

  return g_string_free (out, FALSE);
}

static gsize
to_original (const Field *field,
             gsize        folded_offset)
{
  return field->map != NULL ? field->map[folded_offset] : folded_offset;
}

static void
field_clear (Field *field)
{
  g_clear_pointer (&field->folded, g_free);
  g_clear_pointer (&field->map, g_free);
}

static void
add_field (BriefingSearchIndex *self,
           GObject             *item,
           BriefingSearchKind   kind,
           const char          *text,
           gsize                len,
           gssize               base)
{
  Field field = { item, kind, text, len, base, NULL, NULL };

  if (text == NULL || len == 0)
    return;

  field.folded = fold (text, len, &field.map);
  g_array_append_val (self->fields, field);
}

static void
add_string (BriefingSearchIndex *self,
            gpointer             item,
            BriefingSearchKind   kind,
            const char          *text)
{
  if (text != NULL)
    add_field (self, item, kind, text, strlen (text), -1);
}

static void
index_bundle (BriefingSearchIndex *self,
              GCancellable        *cancellable)
{
  BriefingBundle *bundle = self->bundle;
  GListModel *model;

  model = briefing_bundle_get_parties (bundle);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BriefingParty) party = g_list_model_get_item (model, i);

      add_string (self, party, BRIEFING_SEARCH_KIND_PARTY, briefing_party_get_name (party));
      add_string (self, party, BRIEFING_SEARCH_KIND_PARTY, briefing_party_get_short_name (party));
    }

  model = briefing_bundle_get_events (bundle);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (model, i);
      GPtrArray *outcomes = briefing_event_get_outcomes (event);

      add_string (self, event, BRIEFING_SEARCH_KIND_EVENT, briefing_event_get_title (event));
      add_string (self, event, BRIEFING_SEARCH_KIND_EVENT, briefing_event_get_description (event));
      add_string (self, event, BRIEFING_SEARCH_KIND_EVENT, briefing_event_get_location (event));
      for (guint j = 0; j < outcomes->len; j++)
        add_string (self, event, BRIEFING_SEARCH_KIND_EVENT, briefing_outcome_get_text (outcomes->pdata[j]));
    }

  model = briefing_bundle_get_demands (bundle);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BriefingDemand) demand = g_list_model_get_item (model, i);
      GPtrArray *responses = briefing_demand_get_responses (demand);

      add_string (self, demand, BRIEFING_SEARCH_KIND_DEMAND, briefing_demand_get_text (demand));
      for (guint j = 0; j < responses->len; j++)
        add_string (self, demand, BRIEFING_SEARCH_KIND_DEMAND, briefing_response_get_note (responses->pdata[j]));
    }

  model = briefing_bundle_get_articles (bundle);
  for (guint i = 0; i < g_list_model_get_n_items (model) && !g_cancellable_is_cancelled (cancellable); i++)
    {
      g_autoptr(BriefingArticle) article = g_list_model_get_item (model, i);
      const char *text = briefing_article_get_text (article);

      add_string (self, article, BRIEFING_SEARCH_KIND_ARTICLE, briefing_article_get_headline (article));
      for (guint p = 0; p < briefing_article_get_n_paragraphs (article); p++)
        {
          gsize start, end;

          briefing_article_get_paragraph_range (article, p, &start, &end);
          add_field (self, G_OBJECT (article), BRIEFING_SEARCH_KIND_ARTICLE, text + start, end - start, start);
        }
    }
}

/* Snippets: a line of original text around the match, cut at spaces, with ellipses. */
static BriefingSearchResult *
make_result (const Field *field,
             gsize        match_start,
             gsize        match_end)
{
  BriefingSearchResult *result = g_object_new (BRIEFING_TYPE_SEARCH_RESULT, NULL);
  const char *text = field->text, *end = text + field->text_len;
  const char *from = text + match_start, *to = text + match_end;
  GString *snippet = g_string_new (NULL);

  for (guint i = 0; i < SNIPPET_CONTEXT && from > text; i++)
    from = g_utf8_prev_char (from);
  for (guint i = 0; i < SNIPPET_CONTEXT && to < end; i++)
    to = g_utf8_next_char (to);
  if (from > text)
    {
      const char *space = memchr (from, ' ', text + match_start - from);

      if (space != NULL)
        from = space + 1;
      g_string_append (snippet, "…");
    }
  if (to < end)
    {
      const char *space = g_strrstr_len (text + match_end, to - (text + match_end), " ");

      if (space != NULL)
        to = space;
    }

  result->snippet_match_start = snippet->len + (match_start - (from - text));
  result->snippet_match_end = result->snippet_match_start + (match_end - match_start);
  g_string_append_len (snippet, from, to - from);
  if (to < end)
    g_string_append (snippet, "…");

  result->item = g_object_ref (field->item);
  result->kind = field->kind;
  result->snippet = g_string_free (snippet, FALSE);
  result->text_start = field->base >= 0 ? (gssize) (field->base + match_start) : -1;
  result->text_end = field->base >= 0 ? (gssize) (field->base + match_end) : -1;

  return result;
}

static void
briefing_search_result_finalize (GObject *object)
{
  BriefingSearchResult *self = BRIEFING_SEARCH_RESULT (object);

  g_clear_object (&self->item);
  g_clear_pointer (&self->snippet, g_free);

  G_OBJECT_CLASS (briefing_search_result_parent_class)->finalize (object);
}

static void
briefing_search_result_class_init (BriefingSearchResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = briefing_search_result_finalize;
}

static void
briefing_search_result_init (BriefingSearchResult *self)
{
}

BriefingSearchKind
briefing_search_result_get_kind (BriefingSearchResult *self)
{
  g_return_val_if_fail (BRIEFING_IS_SEARCH_RESULT (self), 0);

  return self->kind;
}

GObject *
briefing_search_result_get_item (BriefingSearchResult *self)
{
  g_return_val_if_fail (BRIEFING_IS_SEARCH_RESULT (self), NULL);

  return self->item;
}

const char *
briefing_search_result_get_snippet (BriefingSearchResult *self)
{
  g_return_val_if_fail (BRIEFING_IS_SEARCH_RESULT (self), NULL);

  return self->snippet;
}

void
briefing_search_result_get_snippet_match (BriefingSearchResult *self,
                                          gsize                *match_start,
                                          gsize                *match_end)
{
  g_return_if_fail (BRIEFING_IS_SEARCH_RESULT (self));

  *match_start = self->snippet_match_start;
  *match_end = self->snippet_match_end;
}

gboolean
briefing_search_result_get_text_range (BriefingSearchResult *self,
                                       gsize                *start,
                                       gsize                *end)
{
  g_return_val_if_fail (BRIEFING_IS_SEARCH_RESULT (self), FALSE);

  if (self->text_start < 0)
    return FALSE;

  *start = self->text_start;
  *end = self->text_end;
  return TRUE;
}

/* The index */

static void
briefing_search_index_finalize (GObject *object)
{
  BriefingSearchIndex *self = BRIEFING_SEARCH_INDEX (object);

  g_clear_pointer (&self->fields, g_array_unref);
  g_clear_object (&self->bundle);

  G_OBJECT_CLASS (briefing_search_index_parent_class)->finalize (object);
}

static void
briefing_search_index_class_init (BriefingSearchIndexClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = briefing_search_index_finalize;
}

static void
briefing_search_index_init (BriefingSearchIndex *self)
{
  self->fields = g_array_new (FALSE, FALSE, sizeof (Field));
  g_array_set_clear_func (self->fields, (GDestroyNotify) field_clear);
}

static BriefingSearchIndex *
build (BriefingBundle *bundle,
       GCancellable   *cancellable)
{
  BriefingSearchIndex *self = g_object_new (BRIEFING_TYPE_SEARCH_INDEX, NULL);

  self->bundle = g_object_ref (bundle);
  index_bundle (self, cancellable);
  return self;
}

BriefingSearchIndex *
briefing_search_index_new (BriefingBundle *bundle)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (bundle), NULL);

  return build (bundle, NULL);
}

static void
build_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  BriefingSearchIndex *index = build (task_data, cancellable);

  if (g_task_return_error_if_cancelled (task))
    g_object_unref (index);
  else
    g_task_return_pointer (task, index, g_object_unref);
}

void
briefing_search_index_new_async (BriefingBundle      *bundle,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (BRIEFING_IS_BUNDLE (bundle));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, briefing_search_index_new_async);
  g_task_set_task_data (task, g_object_ref (bundle), g_object_unref);
  g_task_run_in_thread (task, build_thread);
}

BriefingSearchIndex *
briefing_search_index_new_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

BriefingBundle *
briefing_search_index_get_bundle (BriefingSearchIndex *self)
{
  g_return_val_if_fail (BRIEFING_IS_SEARCH_INDEX (self), NULL);

  return self->bundle;
}

GListModel *
briefing_search_index_query (BriefingSearchIndex *self,
                             const char          *query,
                             guint                max_results,
                             GCancellable        *cancellable)
{
  GListStore *results = g_list_store_new (BRIEFING_TYPE_SEARCH_RESULT);
  g_autofree guint32 *map = NULL;
  g_autofree char *needle = NULL;
  g_autofree char *trimmed = NULL;
  GObject *last_item = NULL;
  guint n = 0;

  g_return_val_if_fail (BRIEFING_IS_SEARCH_INDEX (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  trimmed = g_strstrip (g_strdup (query));
  if (trimmed[0] == '\0')
    return G_LIST_MODEL (results);
  needle = fold (trimmed, strlen (trimmed), &map);

  for (guint i = 0; i < self->fields->len && n < max_results; i++)
    {
      const Field *field = &g_array_index (self->fields, Field, i);
      const char *hit;
      g_autoptr(BriefingSearchResult) result = NULL;
      gsize start;

      /* One result per item: its first matching field. */
      if (field->item == last_item)
        continue;
      if ((i & 0xff) == 0 && g_cancellable_is_cancelled (cancellable))
        break;

      hit = strstr (field->folded, needle);
      if (hit == NULL)
        continue;

      start = hit - field->folded;
      result = make_result (field, to_original (field, start), to_original (field, start + strlen (needle)));
      g_list_store_append (results, result);
      last_item = field->item;
      n++;
    }

  return G_LIST_MODEL (results);
}

typedef struct
{
  char  *query;
  guint  max_results;
} QueryData;

static void
query_data_free (QueryData *data)
{
  g_free (data->query);
  g_free (data);
}

static void
query_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  QueryData *data = task_data;
  GListModel *results = briefing_search_index_query (source_object, data->query, data->max_results, cancellable);

  if (g_task_return_error_if_cancelled (task))
    g_object_unref (results);
  else
    g_task_return_pointer (task, results, g_object_unref);
}

void
briefing_search_index_query_async (BriefingSearchIndex *self,
                                   const char          *query,
                                   guint                max_results,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  QueryData *data;

  g_return_if_fail (BRIEFING_IS_SEARCH_INDEX (self));
  g_return_if_fail (query != NULL);

  data = g_new0 (QueryData, 1);
  data->query = g_strdup (query);
  data->max_results = max_results;

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, briefing_search_index_query_async);
  g_task_set_task_data (task, data, (GDestroyNotify) query_data_free);
  g_task_run_in_thread (task, query_thread);
}

GListModel *
briefing_search_index_query_finish (BriefingSearchIndex  *self,
                                    GAsyncResult         *result,
                                    GError              **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
