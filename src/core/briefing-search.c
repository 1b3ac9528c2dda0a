/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-search"

#include "config.h"

#include <string.h>

#include "briefing-search.h"

/* Characters of context on each side of a match in a snippet. */
#define SNIPPET_CONTEXT 48

/* One searchable piece of text of an item. Its folded form lives in the index's one buffer, where
 * fields are separated by FIELD_SEPARATOR; folding turns every control character into a space, so
 * no folded query contains the separator and a match never spans two fields. */
typedef struct
{
  GObject            *item;       /* borrowed: the index keeps the bundle */
  BriefingSearchKind  kind;
  const char         *text;       /* borrowed from the item */
  gsize               text_len;
  gssize              base;       /* offset of @text in the article text, -1 when not article text */
  gsize               folded;     /* where the field starts in the folded buffer */
  gsize               item_end;   /* where the last field of its item ends in the folded buffer */
  guint               map;        /* its first entry in the offset map */
  guint               n_map;      /* 0 when folded and original bytes line up */
} Field;

#define FIELD_SEPARATOR '\x01'

/* Where folded and original bytes stop lining up: at each character that is not ASCII (@is_char:
 * every byte of its folded form maps to its start) and after it (a run of ASCII from there).
 * Offsets are relative to the field. */
typedef struct
{
  guint32 folded;
  guint32 original : 31;
  guint32 is_char : 1;
} MapEntry;

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
  GString        *folded;  /* every field folded, each followed by FIELD_SEPARATOR */
  GArray         *map;     /* of MapEntry */
  GHashTable     *folds;   /* gunichar → its folded UTF-8, while the index is built */
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

/* The folded form of one character that is not ASCII, computed once per index. */
static const char *
fold_unichar (GHashTable *cache,
              gunichar    ch)
{
  const char *folded = cache != NULL ? g_hash_table_lookup (cache, GUINT_TO_POINTER (ch)) : NULL;
  GString *out;

  if (folded != NULL)
    return folded;

  out = g_string_new (NULL);
  fold_char (ch, out);
  if (cache == NULL)
    return g_string_free (out, FALSE);  /* the caller frees it */
  folded = g_string_free (out, FALSE);
  g_hash_table_insert (cache, GUINT_TO_POINTER (ch), (gpointer) folded);
  return folded;
}

/* Appends @text folded to @out. With @map, records where folded and original bytes part (see
 * MapEntry), relative to where the text starts in @out. */
/* ASCII folded as fold_into() folds it: lower case, control characters as spaces. A table, as
 * this runs for every byte of every article. */
static const char ascii_fold[128] = {
#define ROW8(a) a, a + 1, a + 2, a + 3, a + 4, a + 5, a + 6, a + 7
  ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
  ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ', ' ',
  ROW8 (0x20), ROW8 (0x28), ROW8 (0x30), ROW8 (0x38),
  '@', ROW8 ('a'), ROW8 ('i'), ROW8 ('q'), 'y', 'z', '[', '\\', ']', '^', '_',
  ROW8 (0x60), ROW8 (0x68), ROW8 (0x70), 0x78, 0x79, 0x7a, 0x7b, 0x7c, 0x7d, 0x7e, ' ',
#undef ROW8
};

static void
fold_into (GString    *out,
           const char *text,
           gsize       len,
           GHashTable *cache,
           GArray     *map)
{
  const char *p = text, *end = text + len;
  gsize start = out->len;

  while (p < end)
    {
      const char *run = p;
      gsize at;

      /* A run of ASCII: lower case, control characters as spaces. */
      while (p < end && (guchar) *p < 0x80)
        p++;
      at = out->len;
      g_string_set_size (out, at + (p - run));
      for (gsize i = 0; i < (gsize) (p - run); i++)
        out->str[at + i] = ascii_fold[(guchar) run[i]];

      if (p < end)
        {
          gunichar ch = g_utf8_get_char_validated (p, end - p);
          gsize before = out->len;
          const char *next = g_utf8_next_char (p);

          if (ch == (gunichar) -1 || ch == (gunichar) -2)
            next = p + 1;  /* not UTF-8: the byte itself */
          else if (cache != NULL)
            g_string_append (out, fold_unichar (cache, ch));
          else
            {
              g_autofree char *folded = (char *) fold_unichar (NULL, ch);

              g_string_append (out, folded);
            }
          if (next > end)
            next = end;

          if (map != NULL)
            {
              MapEntry at_char = { before - start, p - text, TRUE };
              MapEntry after = { out->len - start, next - text, FALSE };

              g_array_append_val (map, at_char);
              g_array_append_val (map, after);
            }
          p = next;
        }
    }
}

/* @text folded on its own, for queries. */
static char *
fold (const char *text,
      gsize       len)
{
  GString *out = g_string_sized_new (len);

  fold_into (out, text, len, NULL, NULL);
  return g_string_free (out, FALSE);
}

/* The original byte offset of @offset in the folded field. */
static gsize
to_original (const BriefingSearchIndex *self,
             const Field               *field,
             gsize                      offset)
{
  const MapEntry *entries = &g_array_index (self->map, MapEntry, field->map);
  guint lo = 0, hi = field->n_map;

  /* The last entry at or before @offset. */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (entries[mid].folded <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0)
    return offset;
  if (entries[lo - 1].is_char)
    return entries[lo - 1].original;
  return entries[lo - 1].original + (offset - entries[lo - 1].folded);
}

static void
add_field (BriefingSearchIndex *self,
           GObject             *item,
           BriefingSearchKind   kind,
           const char          *text,
           gsize                len,
           gssize               base)
{
  Field field = { item, kind, text, len, base, self->folded->len, 0, self->map->len, 0 };

  if (text == NULL || len == 0 || len > G_MAXINT32)
    return;

  fold_into (self->folded, text, len, self->folds, self->map);
  g_string_append_c (self->folded, FIELD_SEPARATOR);
  field.n_map = self->map->len - field.map;
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

/* After the fields are in: where each item's last field ends, so a query skips the rest of an
 * item once it has matched. */
static void
set_item_ends (BriefingSearchIndex *self)
{
  gsize end = self->folded->len;

  for (guint i = self->fields->len; i-- > 0;)
    {
      Field *field = &g_array_index (self->fields, Field, i);

      if (i + 1 < self->fields->len && g_array_index (self->fields, Field, i + 1).item != field->item)
        end = g_array_index (self->fields, Field, i + 1).folded;
      field->item_end = end;
    }
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
  g_clear_pointer (&self->map, g_array_unref);
  if (self->folded != NULL)
    g_string_free (g_steal_pointer (&self->folded), TRUE);
  g_clear_pointer (&self->folds, g_hash_table_unref);
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
  self->map = g_array_new (FALSE, FALSE, sizeof (MapEntry));
  self->folded = g_string_new (NULL);
}

/* The length of all the articles' text, from their last paragraph's end. */
static gsize
articles_text_length (BriefingBundle *bundle)
{
  GListModel *model = briefing_bundle_get_articles (bundle);
  gsize total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BriefingArticle) article = g_list_model_get_item (model, i);
      guint n = briefing_article_get_n_paragraphs (article);
      gsize start, end;

      if (n == 0)
        continue;
      briefing_article_get_paragraph_range (article, n - 1, &start, &end);
      total += end + 1;
    }
  return total;
}

static BriefingSearchIndex *
build (BriefingBundle *bundle,
       GCancellable   *cancellable)
{
  BriefingSearchIndex *self = g_object_new (BRIEFING_TYPE_SEARCH_INDEX, NULL);
  gsize length;

  self->bundle = g_object_ref (bundle);
  self->folds = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  /* The folded text is about as long as the articles' text, and the other items' add a little:
   * reserved at once, it is not copied at each doubling (a hundred megabytes for a 100 MB
   * bundle). What is left over is given back at the end. */
  length = articles_text_length (bundle);
  g_string_free (self->folded, TRUE);
  self->folded = g_string_sized_new (length + length / 16 + 64 * 1024);
  index_bundle (self, cancellable);
  set_item_ends (self);
  g_clear_pointer (&self->folds, g_hash_table_unref);

  /* Give back what the growing buffers reserved beyond their use. */
  self->folded->str = g_realloc (self->folded->str, self->folded->len + 1);
  self->folded->allocated_len = self->folded->len + 1;
  self->map = g_array_set_size (self->map, self->map->len);
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
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *needle = NULL;
  g_autofree char *trimmed = NULL;
  const char *folded, *p, *hit;
  gsize needle_len;

  g_return_val_if_fail (BRIEFING_IS_SEARCH_INDEX (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  trimmed = g_strstrip (g_strdup (query));
  if (trimmed[0] == '\0' || max_results == 0 || self->fields->len == 0)
    return G_LIST_MODEL (results);
  needle = fold (trimmed, strlen (trimmed));
  needle_len = strlen (needle);
  if (needle_len == 0)
    return G_LIST_MODEL (results);  /* only accents: nothing to look for */

  /* One scan of the whole folded text; a hit is then placed in its field. */
  folded = self->folded->str;
  for (p = folded; found->len < max_results && (hit = strstr (p, needle)) != NULL;)
    {
      gsize offset = hit - folded, start;
      guint lo = 0, hi = self->fields->len;
      const Field *field;

      if (g_cancellable_is_cancelled (cancellable))
        break;

      /* The last field starting at or before the hit. */
      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (g_array_index (self->fields, Field, mid).folded <= offset)
            lo = mid + 1;
          else
            hi = mid;
        }
      field = &g_array_index (self->fields, Field, lo - 1);
      start = offset - field->folded;

      /* One result per item: its first matching field. */
      g_ptr_array_add (found, make_result (field, to_original (self, field, start),
                                           to_original (self, field, start + needle_len)));
      p = folded + field->item_end;
    }

  g_list_store_splice (results, 0, 0, found->pdata, found->len);
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
