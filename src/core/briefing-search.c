/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-search"

#include "config.h"

#include <string.h>

#include "briefing-search-fold-private.h"
#include "briefing-search-index-private.h"
#include "briefing-search-private.h"

/* Sets @count to how many of the @n first elements of @elements, in ascending order of their
 * @member, have it at or before @offset: the last of them is @elements[@count - 1]. The offset
 * map, the windows and the fields are all looked up this way. */
#define COUNT_AT_OR_BEFORE(elements, n, member, offset, count) \
  G_STMT_START                                                  \
  {                                                             \
    guint lo_ = 0, hi_ = (n);                                   \
                                                                \
    while (lo_ < hi_)                                           \
      {                                                         \
        guint mid_ = (lo_ + hi_) / 2;                           \
                                                                \
        if ((elements)[mid_].member <= (offset))                \
          lo_ = mid_ + 1;                                       \
        else                                                    \
          hi_ = mid_;                                           \
      }                                                         \
    (count) = lo_;                                              \
  }                                                             \
  G_STMT_END

G_DEFINE_FINAL_TYPE (BriefingSearchIndex, briefing_search_index, G_TYPE_OBJECT)

/* The original byte offset of @offset in folded text whose offset map is @n_map entries from @map. */
static gsize
to_original (const BriefingSearchIndex *self,
             guint                      map,
             guint                      n_map,
             gsize                      offset)
{
  const BriefingFoldMapEntry *entries = &g_array_index (self->map, BriefingFoldMapEntry, map);
  guint lo;

  COUNT_AT_OR_BEFORE (entries, n_map, folded, offset, lo);
  if (lo == 0)
    return offset;
  if (entries[lo - 1].is_char)
    return entries[lo - 1].original;
  return entries[lo - 1].original + (offset - entries[lo - 1].folded);
}

/* The index */

static void
briefing_search_index_finalize (GObject *object)
{
  BriefingSearchIndex *self = BRIEFING_SEARCH_INDEX (object);

  g_clear_pointer (&self->fields, g_array_unref);
  g_clear_pointer (&self->bodies, g_array_unref);
  g_clear_pointer (&self->windows, g_array_unref);
  g_clear_pointer (&self->map, g_array_unref);
  if (self->folded != NULL)
    g_string_free (g_steal_pointer (&self->folded), TRUE);
  if (self->windows_folded != NULL)
    g_string_free (g_steal_pointer (&self->windows_folded), TRUE);
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
  self->bodies = g_array_new (FALSE, FALSE, sizeof (Body));
  self->windows = g_array_new (FALSE, FALSE, sizeof (Window));
  self->map = g_array_new (FALSE, FALSE, sizeof (BriefingFoldMapEntry));
  self->folded = g_string_new (NULL);
  self->windows_folded = g_string_new (NULL);
}

static BriefingSearchIndex *
build (BriefingBundle *bundle,
       GCancellable   *cancellable)
{
  BriefingSearchIndex *self = g_object_new (BRIEFING_TYPE_SEARCH_INDEX, NULL);

  self->bundle = g_object_ref (bundle);
  briefing_search_index_fill (self, cancellable);
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

/* The paragraph of @body holding text[@offset], or FALSE when it is between paragraphs. */
static gboolean
paragraph_at (const Body *body,
              gsize       offset,
              gsize      *start,
              gsize      *end)
{
  guint lo = 0, hi = briefing_article_get_n_paragraphs (body->article);

  /* The last paragraph starting at or before @offset. */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;
      gsize mid_start;

      briefing_article_get_paragraph_range (body->article, mid, &mid_start, NULL);
      if (mid_start <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo == 0)
    return FALSE;
  briefing_article_get_paragraph_range (body->article, lo - 1, start, end);
  return offset < *end;
}

/* What a query looks for: the folded query, and the part of it looked for in bodies. */
typedef struct
{
  const char *needle;
  gsize       n;
  char       *head;    /* its first WINDOW_MARGIN bytes or fewer, whole characters */
  gsize       head_n;
  BriefingPlainQuery       plain;   /* for the head */
} Query;

/* Whether a hit of the head at @start in @body is a match of the whole query; sets its end. */
static gboolean
complete_match (const Body  *body,
                const Query *query,
                gsize        start,
                gsize       *end)
{
  gsize para_start, para_end;
  const char *match_end;

  if (!paragraph_at (body, start, &para_start, &para_end))
    return FALSE;
  if (query->head_n == query->n)
    {
      *end = start + query->n;
      return *end <= para_end;  /* a plain hit may run into the next paragraph */
    }
  match_end = briefing_fold_match_end (body->text + start, body->text + para_end, query->needle, query->n);
  if (match_end == NULL)
    return FALSE;
  *end = match_end - body->text;
  return TRUE;
}

/* The first match in @body's original text that touches no character folding changes. */
static gboolean
find_in_body (const Body  *body,
              const Query *query,
              gsize       *start,
              gsize       *end)
{
  gssize hit;

  for (gsize from = 0;
       (hit = briefing_plain_query_find (&query->plain, body->text, body->text_len, from)) >= 0;
       from = hit + 1)
    if (complete_match (body, query, hit, end))
      {
        *start = hit;
        return TRUE;
      }
  return FALSE;
}

/* The first match in @body's windows. Each body's windows end with a NUL, so strstr() stops at
 * them (and a sanitizer's check of its arguments reads no further). */
static gboolean
find_in_windows (const BriefingSearchIndex *self,
                 const Body                *body,
                 const Query               *query,
                 gsize                     *start,
                 gsize                     *end)
{
  const Window *windows = &g_array_index (self->windows, Window, body->window);
  const char *buffer = self->windows_folded->str, *hit;

  if (body->n_windows == 0)
    return FALSE;
  for (hit = buffer + windows[0].folded; (hit = strstr (hit, query->head)) != NULL; hit++)
    {
      gsize offset = hit - buffer;
      const Window *window;
      guint n;

      COUNT_AT_OR_BEFORE (windows, body->n_windows, folded, offset, n);
      window = &windows[n - 1];
      *start = window->start + to_original (self, window->map, window->n_map, offset - window->folded);
      if (query->head_n == query->n)
        {
          *end = window->start + to_original (self, window->map, window->n_map,
                                              offset - window->folded + query->n);
          return TRUE;
        }
      if (complete_match (body, query, *start, end))
        return TRUE;
    }
  return FALSE;
}

/* An article's first match: in its headline, else the first in its body, plain or in a window. */
typedef struct
{
  guint        body;
  const Field *headline;  /* the headline's field when it matched there */
  gsize        start;     /* in the headline: where the hit is in the folded buffer; */
  gsize        end;       /* in the body: the match's original offsets */
} ArticleMatch;

static gboolean
find_in_article (const BriefingSearchIndex *self,
                 guint                      index,
                 const Query               *query,
                 ArticleMatch              *match)
{
  const Body *body = &g_array_index (self->bodies, Body, index);
  gboolean found;
  gsize start, end;

  match->body = index;
  match->headline = NULL;
  if (body->headline != G_MAXUINT)
    {
      const Field *field = &g_array_index (self->fields, Field, body->headline);
      const char *hit = strstr (self->folded->str + field->folded, query->needle);

      if (hit != NULL)
        {
          match->headline = field;
          match->start = hit - self->folded->str;
          return TRUE;
        }
    }

  found = find_in_body (body, query, &match->start, &match->end);
  if (find_in_windows (self, body, query, &start, &end) && (!found || start < match->start))
    {
      match->start = start;
      match->end = end;
      found = TRUE;
    }
  return found;
}

/* The matches of the articles from @from on, up to @max of them, for a query's second thread. */
typedef struct
{
  const BriefingSearchIndex *index;
  const Query               *query;
  guint                      from;
  guint                      max;
  GCancellable              *cancellable;
  gint                       stop;     /* set when the query needs no more */
  GArray                    *matches;  /* of ArticleMatch, in the articles' order */
} SecondHalf;

static gpointer
second_half_thread (gpointer data)
{
  SecondHalf *half = data;

  for (guint i = half->from; i < half->index->bodies->len && half->matches->len < half->max; i++)
    {
      ArticleMatch match;

      if (g_atomic_int_get (&half->stop) || g_cancellable_is_cancelled (half->cancellable))
        break;
      if (find_in_article (half->index, i, half->query, &match))
        g_array_append_val (half->matches, match);
    }
  return NULL;
}

/* The field of the folded buffer holding @offset. */
static const Field *
field_at (const BriefingSearchIndex *self,
          gsize                      offset)
{
  const Field *fields = (const Field *) (gpointer) self->fields->data;
  guint n;

  COUNT_AT_OR_BEFORE (fields, self->fields->len, folded, offset, n);
  return &fields[n - 1];
}

static BriefingSearchResult *
field_result (const BriefingSearchIndex *self,
              const Field               *field,
              gsize                      offset,
              gsize                      n)
{
  gsize start = offset - field->folded;

  return briefing_search_result_new_match (field->item, field->kind, field->text, field->text_len, field->base,
                                           to_original (self, field->map, field->n_map, start),
                      to_original (self, field->map, field->n_map, start + n));
}

static BriefingSearchResult *
article_result (const BriefingSearchIndex *self,
                const ArticleMatch        *match,
                gsize                      n)
{
  const Body *body = &g_array_index (self->bodies, Body, match->body);
  gsize para_start = 0, para_end = body->text_len;

  if (match->headline != NULL)
    return field_result (self, match->headline, match->start, n);

  paragraph_at (body, match->start, &para_start, &para_end);
  return briefing_search_result_new_match (G_OBJECT (body->article), BRIEFING_SEARCH_KIND_ARTICLE,
                                           body->text + para_start, para_end - para_start, (gssize) para_start,
                                           match->start - para_start, MIN (match->end, para_end) - para_start);
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
  const char *folded = self->folded->str, *hit;
  SecondHalf half = { self, NULL, self->split, max_results, cancellable, FALSE, NULL };
  GThread *thread = NULL;
  Query q;

  g_return_val_if_fail (BRIEFING_IS_SEARCH_INDEX (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);

  trimmed = g_strstrip (g_strdup (query));
  if (trimmed[0] == '\0' || max_results == 0)
    return G_LIST_MODEL (results);
  needle = briefing_fold (trimmed, strlen (trimmed));
  if (needle[0] == '\0')
    return G_LIST_MODEL (results);  /* only accents: nothing to look for */

  q.needle = needle;
  q.n = strlen (needle);
  q.head_n = MIN (q.n, WINDOW_MARGIN);
  while (q.head_n < q.n && ((guchar) needle[q.head_n] & 0xC0) == 0x80)
    q.head_n--;
  q.head = g_strndup (needle, q.head_n);
  briefing_plain_query_init (&q.plain, q.head, q.head_n);
  half.query = &q;

  /* Parties, events and demands: one scan of their folded text, which ends with a NUL; a hit is
   * placed in its field, and the rest of its item is skipped. */
  for (const char *p = folded;
       p < folded + self->others_end && found->len < max_results && (hit = strstr (p, needle)) != NULL;)
    {
      const Field *field = field_at (self, hit - folded);

      if (g_cancellable_is_cancelled (cancellable))
        break;
      g_ptr_array_add (found, field_result (self, field, hit - folded, q.n));
      p = folded + field->item_end;
    }

  /* Articles, in order. On a long text the second half is searched on a thread of its own. */
  if (found->len < max_results && self->split < self->bodies->len)
    {
      half.matches = g_array_new (FALSE, FALSE, sizeof (ArticleMatch));
      thread = g_thread_try_new ("briefing-search", second_half_thread, &half, NULL);
      if (thread == NULL)
        half.from = self->bodies->len;
    }
  for (guint i = 0; i < half.from && found->len < max_results && !g_cancellable_is_cancelled (cancellable); i++)
    {
      ArticleMatch match;

      if (find_in_article (self, i, &q, &match))
        g_ptr_array_add (found, article_result (self, &match, q.n));
    }
  if (thread != NULL)
    {
      if (found->len >= max_results)
        g_atomic_int_set (&half.stop, TRUE);
      g_thread_join (thread);
      /* The thread stops early only when cancelled, or when it is not needed. */
      for (guint i = 0;
           i < half.matches->len && found->len < max_results && !g_cancellable_is_cancelled (cancellable);
           i++)
        g_ptr_array_add (found, article_result (self, &g_array_index (half.matches, ArticleMatch, i), q.n));
    }
  g_clear_pointer (&half.matches, g_array_unref);

  g_free (q.head);
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
