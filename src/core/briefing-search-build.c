/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Building the search index: see briefing-search-index-private.h for what it holds. */
#define G_LOG_DOMAIN "briefing-search-build"

#include "config.h"

#include <string.h>

#include "briefing-search-fold-private.h"
#include "briefing-search-index-private.h"

/* Below this much body text a query scans it on one thread (a thread costs tens of microseconds). */
#define SPLIT_MIN_BYTES (2 * 1024 * 1024)

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

void
briefing_search_index_fill (BriefingSearchIndex *self,
                            GCancellable        *cancellable)
{
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
}
