/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-search"

#include "config.h"

#include <string.h>

#include "briefing-search-fold-private.h"
#include "briefing-search-private.h"

/* How the index finds text.
 *
 * Parties, events, demands and article headlines are short: each is a Field, folded into the
 * index's one buffer, where fields are separated by FIELD_SEPARATOR; folding turns every control
 * character into a space, so no folded query contains the separator and a match never spans two
 * fields. The parties', events' and demands' fields end with a NUL, and so does each headline,
 * so that strstr() reads one article's at a time.
 *
 * Article bodies are nearly all of a bundle's text, and folding changes few of their characters:
 * upper-case ASCII becomes lower case, and a character that is not ASCII changes only when it has
 * an accent or a case ("Zürich", "Çırağan"); quotes and dashes stay as they are. So the index keeps
 * no folded copy of a body. A query looks for its folded form in the body's original text, with
 * ASCII letters of either case (briefing_plain_query_find()), which finds every match that touches
 * no character folding changes. Around each such character, and WINDOW_MARGIN bytes on each side
 * within its paragraph, the index keeps a folded Window, where the matches that touch one are
 * found; a body's windows end with a NUL. A query longer than WINDOW_MARGIN looks for its first
 * WINDOW_MARGIN bytes both ways and folds the text after each hit to see whether the rest
 * follows. On a long text, the second half of the articles is searched on a thread of its own. */
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

/* Bytes of original text kept on each side of a character that folding changes. A match of up to
 * this many folded bytes that touches such a character lies wholly in its window. */
#define WINDOW_MARGIN 64

/* Below this much body text a query scans it on one thread (a thread costs tens of microseconds). */
#define SPLIT_MIN_BYTES (2 * 1024 * 1024)

/* An article's body. */
typedef struct
{
  BriefingArticle *article;   /* borrowed */
  const char      *text;      /* borrowed from the article */
  gsize            text_len;
  guint            headline;  /* its headline's Field, G_MAXUINT when it has none */
  guint            window;    /* its first Window */
  guint            n_windows;
} Body;

/* A stretch of a paragraph around characters that folding changes, folded in the windows buffer
 * (each followed by FIELD_SEPARATOR). */
typedef struct
{
  gsize   folded;  /* where it starts in the windows buffer */
  guint32 start;   /* where it starts in its article's text */
  guint32 length;  /* its original bytes */
  guint   body;
  guint   map;     /* its first entry in the offset map */
  guint   n_map;
} Window;

struct _BriefingSearchIndex
{
  GObject         parent_instance;

  BriefingBundle *bundle;
  GArray         *fields;     /* of Field, in result order: parties, events, demands, headlines */
  gsize           others_end; /* where the parties', events' and demands' fields end: a NUL */
  GString        *folded;     /* every field folded, each followed by FIELD_SEPARATOR */
  GArray         *bodies;     /* of Body, in the articles' order */
  GArray         *windows;    /* of Window, in the bodies' order */
  guint           split;      /* the first body a query's second thread looks at; bodies->len for none */
  GString        *windows_folded;
  GArray         *map;        /* of BriefingFoldMapEntry */
  GHashTable     *folds;      /* gunichar → its folded UTF-8, while the index is built */
};

G_DEFINE_FINAL_TYPE (BriefingSearchIndex, briefing_search_index, G_TYPE_OBJECT)

/* The original byte offset of @offset in folded text whose offset map is @n_map entries from @map. */
static gsize
to_original (const BriefingSearchIndex *self,
             guint                      map,
             guint                      n_map,
             gsize                      offset)
{
  const BriefingFoldMapEntry *entries = &g_array_index (self->map, BriefingFoldMapEntry, map);
  guint lo = 0, hi = n_map;

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

/* Folds text[0, @len) onto @buffer, followed by FIELD_SEPARATOR: how many entries of the offset
 * map it took. */
static guint
fold_piece (BriefingSearchIndex *self,
            GString             *buffer,
            const char          *text,
            gsize                len)
{
  guint first = self->map->len;

  briefing_fold_into (buffer, text, len, self->folds, self->map);
  g_string_append_c (buffer, FIELD_SEPARATOR);
  return self->map->len - first;
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

  field.n_map = fold_piece (self, self->folded, text, len);
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

/* Whether any of the 8 bytes at @p is not ASCII. */
static inline gboolean
any_high_bit (const char *p)
{
  guint64 word;

  memcpy (&word, p, sizeof word);
  return (word & G_GUINT64_CONSTANT (0x8080808080808080)) != 0;
}

static void
add_window (BriefingSearchIndex *self,
            guint                body,
            const char          *text,
            gsize                start,
            gsize                end)
{
  Window window = { self->windows_folded->len, start, end - start, body, self->map->len, 0 };

  window.n_map = fold_piece (self, self->windows_folded, text + start, end - start);
  g_array_append_val (self->windows, window);
}

/* The windows of one paragraph, text[@start, @end). */
static void
add_paragraph_windows (BriefingSearchIndex *self,
                       guint                body,
                       const char          *text,
                       gsize                start,
                       gsize                end)
{
  const char *p = text + start, *stop = text + end;
  gsize open_start = 0, open_end = 0;
  gboolean open = FALSE;

  while (p < stop)
    {
      const char *next;
      gsize from, to;

      /* Skip ASCII, eight bytes at a time where it can. */
      while (stop - p >= 8 && !any_high_bit (p))
        p += 8;
      while (p < stop && (guchar) *p < 0x80)
        p++;
      if (p == stop)
        break;
      if (!briefing_fold_changes (self->folds, p, stop, &next))
        {
          p = next;
          continue;
        }

      /* The margins, widened to whole characters. */
      from = (gsize) (p - text) > start + WINDOW_MARGIN ? (gsize) (p - text) - WINDOW_MARGIN : start;
      while (from > start && ((guchar) text[from] & 0xC0) == 0x80)
        from--;
      to = (gsize) (next - text) + WINDOW_MARGIN < end ? (gsize) (next - text) + WINDOW_MARGIN : end;
      while (to < end && ((guchar) text[to] & 0xC0) == 0x80)
        to++;

      if (open && from <= open_end)
        open_end = to;
      else
        {
          if (open)
            add_window (self, body, text, open_start, open_end);
          open = TRUE;
          open_start = from;
          open_end = to;
        }
      p = next;
    }
  if (open)
    add_window (self, body, text, open_start, open_end);
}

static void
add_body (BriefingSearchIndex *self,
          BriefingArticle     *article)
{
  Body body = { article, briefing_article_get_text (article), briefing_article_get_text_length (article),
                G_MAXUINT, self->windows->len, 0 };
  guint index = self->bodies->len;
  const char *headline = briefing_article_get_headline (article);

  if (headline != NULL && headline[0] != '\0')
    {
      body.headline = self->fields->len;
      add_field (self, G_OBJECT (article), BRIEFING_SEARCH_KIND_ARTICLE, headline, strlen (headline), -1);
      if (self->fields->len > body.headline)
        self->folded->str[self->folded->len - 1] = '\0';  /* searched on its own */
      else
        body.headline = G_MAXUINT;
    }
  if (body.text_len <= G_MAXINT32)
    for (guint p = 0; p < briefing_article_get_n_paragraphs (article); p++)
      {
        gsize start, end;

        briefing_article_get_paragraph_range (article, p, &start, &end);
        add_paragraph_windows (self, index, body.text, start, end);
      }
  else
    body.text_len = 0;  /* too long for the offsets: not searched */
  body.n_windows = self->windows->len - body.window;
  if (body.n_windows > 0)
    self->windows_folded->str[self->windows_folded->len - 1] = '\0';  /* searched on their own */
  g_array_append_val (self->bodies, body);
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

  self->others_end = self->folded->len;
  g_string_append_c (self->folded, '\0');

  /* The bundle holds its articles: borrowing them from the model is safe. */
  model = briefing_bundle_get_articles (bundle);
  for (guint i = 0; i < g_list_model_get_n_items (model) && !g_cancellable_is_cancelled (cancellable); i++)
    {
      g_autoptr(BriefingArticle) article = g_list_model_get_item (model, i);

      add_body (self, article);
    }
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

static void
trim_string (GString *string)
{
  string->str = g_realloc (string->str, string->len + 1);
  string->allocated_len = string->len + 1;
}

/* Where a query's plain scan of the bodies splits between two threads: half of their text each,
 * when there is enough text for a second thread to pay and a second processor to run it. */
static void
split_bodies (BriefingSearchIndex *self)
{
  gsize total = 0, half = 0;

  self->split = self->bodies->len;
  for (guint i = 0; i < self->bodies->len; i++)
    total += g_array_index (self->bodies, Body, i).text_len;
  if (total < SPLIT_MIN_BYTES || g_get_num_processors () < 2)
    return;
  for (guint i = 0; i < self->bodies->len; i++)
    {
      half += g_array_index (self->bodies, Body, i).text_len;
      if (half >= total / 2)
        {
          self->split = i + 1;
          return;
        }
    }
}

/* A GArray never gives memory back when it shrinks: a copy of just its elements does. */
static GArray *
trim_array (GArray *array)
{
  guint size = g_array_get_element_size (array);
  GArray *copy = g_array_sized_new (FALSE, FALSE, size, array->len);

  g_array_append_vals (copy, array->data, array->len);
  g_array_unref (array);
  return copy;
}

static BriefingSearchIndex *
build (BriefingBundle *bundle,
       GCancellable   *cancellable)
{
  BriefingSearchIndex *self = g_object_new (BRIEFING_TYPE_SEARCH_INDEX, NULL);

  self->bundle = g_object_ref (bundle);
  self->folds = briefing_fold_cache_new ();
  index_bundle (self, cancellable);
  set_item_ends (self);
  split_bodies (self);
  g_clear_pointer (&self->folds, g_hash_table_unref);

  /* Give back what the growing buffers reserved beyond their use. */
  trim_string (self->folded);
  trim_string (self->windows_folded);
  self->fields = trim_array (self->fields);
  self->bodies = trim_array (self->bodies);
  self->windows = trim_array (self->windows);
  self->map = trim_array (self->map);
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
      guint lo = 0, hi = body->n_windows;
      const Window *window;

      /* The last window starting at or before the hit. */
      while (lo < hi)
        {
          guint mid = (lo + hi) / 2;

          if (windows[mid].folded <= offset)
            lo = mid + 1;
          else
            hi = mid;
        }
      window = &windows[lo - 1];
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
  guint lo = 0, hi = self->fields->len;

  /* The last field starting at or before the hit. */
  while (lo < hi)
    {
      guint mid = (lo + hi) / 2;

      if (g_array_index (self->fields, Field, mid).folded <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
  return &g_array_index (self->fields, Field, lo - 1);
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
