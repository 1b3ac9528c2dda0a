/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Articles newest first, undated ones last in their list's order: the order worked out from keys
 * packed once per article, and kept on a list read on a thread until the list changes. */
#define G_LOG_DOMAIN "briefing-article-order"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "briefing-article-order.h"

/* An article's sort key: what briefing_date_compare() looks at, taken once and packed so that
 * keys in ascending order are the articles newest first. */
typedef struct
{
  guint64 time;    /* the time, turned: a later one is smaller; G_MAXUINT64 for undated articles */
  guint64 detail;  /* microsecond, precision and UTC offset, turned the same way */
  guint   position;
} Key;

static void
key_init (Key                *key,
          const BriefingDate *date,
          guint               position)
{
  key->position = position;
  if (!briefing_date_is_set (date))
    {
      key->time = G_MAXUINT64;
      key->detail = 0;
      return;
    }
  /* The sign bit flipped puts signed times in unsigned order; all bits flipped, later first.
   * Only G_MININT64 seconds would meet the undated articles' key. */
  key->time = ~((guint64) briefing_date_to_unix (date) ^ G_GUINT64_CONSTANT (0x8000000000000000));
  key->detail = ((guint64) (0xFFFFF - MIN (date->microsecond, 0xFFFFF)) << 40) |
                ((guint64) (0xFF - date->precision) << 32) |
                (guint32) ~((guint32) date->utc_offset ^ 0x80000000u);
}

/* By time, then the rest; equal ones keep their order. */
static int
compare_keys (const void *a,
              const void *b)
{
  const Key *x = a, *y = b;

  if (x->time != y->time)
    return x->time < y->time ? -1 : 1;
  if (x->detail != y->detail)
    return x->detail < y->detail ? -1 : 1;
  return (x->position > y->position) - (x->position < y->position);
}

/* Sorts @keys by time a byte at a time (a radix sort: tens of thousands of articles in a
 * millisecond, where qsort() took ten), then each run of one time by the rest (few articles share
 * a second). */
static void
sort_keys (Key   *keys,
           guint  n)
{
  g_autofree Key *other = g_new (Key, n);
  Key *from = keys, *to = other;

  for (guint shift = 0; shift < 64; shift += 8)
    {
      guint count[256] = { 0 };
      guint at = 0;

      for (guint i = 0; i < n; i++)
        count[(from[i].time >> shift) & 0xFF]++;
      if (count[(from[0].time >> shift) & 0xFF] == n)
        continue;  /* every key has this byte */
      for (guint b = 0; b < 256; b++)
        {
          guint c = count[b];

          count[b] = at;
          at += c;
        }
      /* Stable: keys of one byte keep the order the earlier bytes gave them. */
      for (guint i = 0; i < n; i++)
        to[count[(from[i].time >> shift) & 0xFF]++] = from[i];
      from = to;
      to = from == keys ? other : keys;
    }
  if (from != keys)
    memcpy (keys, from, n * sizeof (Key));

  /* Then each run of one time by the rest. */
  for (guint start = 0, end; start < n; start = end)
    {
      for (end = start + 1; end < n && keys[end].time == keys[start].time; end++)
        ;
      if (end - start > 1)
        qsort (keys + start, end - start, sizeof (Key), compare_keys);
    }
}

GPtrArray *
briefing_article_order_newest_first (GListModel *articles)
{
  guint n = g_list_model_get_n_items (articles);
  g_autofree Key *keys = g_new (Key, n);
  g_autofree BriefingArticle **in_list = g_new (BriefingArticle *, n);
  GPtrArray *in_order = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      in_list[i] = g_list_model_get_item (articles, i);
      key_init (&keys[i], briefing_article_get_published (in_list[i]), i);
    }
  if (n > 1)
    sort_keys (keys, n);

  /* The references taken above pass to the array. */
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (in_order, in_list[keys[i].position]);
  return in_order;
}

/* Kept on a list */

/* Looked up each time (a locked table): keep() runs on reading threads. */
static GQuark
kept_quark (void)
{
  return g_quark_from_static_string ("briefing-article-order-newest-first");
}

static void
on_list_changed (GListModel *articles)
{
  g_object_set_qdata (G_OBJECT (articles), kept_quark (), NULL);
  g_signal_handlers_disconnect_by_func (articles, on_list_changed, NULL);
}

void
briefing_article_order_keep (GListModel *articles)
{
  g_return_if_fail (G_IS_LIST_MODEL (articles));

  if (g_object_get_qdata (G_OBJECT (articles), kept_quark ()) == NULL)
    g_signal_connect (articles, "items-changed", G_CALLBACK (on_list_changed), NULL);
  g_object_set_qdata_full (G_OBJECT (articles), kept_quark (),
                           briefing_article_order_newest_first (articles),
                           (GDestroyNotify) g_ptr_array_unref);
}

GPtrArray *
briefing_article_order_dup_kept (GListModel *articles)
{
  GPtrArray *kept;

  g_return_val_if_fail (G_IS_LIST_MODEL (articles), NULL);

  kept = g_object_get_qdata (G_OBJECT (articles), kept_quark ());
  return kept != NULL ? g_ptr_array_ref (kept) : NULL;
}
