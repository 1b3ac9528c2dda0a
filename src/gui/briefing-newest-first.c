/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-newest-first"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "briefing-article.h"
#include "briefing-newest-first.h"

struct _BriefingNewestFirst
{
  GObject     parent_instance;

  GListModel *model;
  guint      *order;     /* positions in model, newest first */
  guint       n_items;
};

static void briefing_newest_first_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BriefingNewestFirst, briefing_newest_first, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, briefing_newest_first_list_model_init))

enum {
  PROP_0,
  PROP_MODEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

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

static void
sort (BriefingNewestFirst *self)
{
  guint n_items = self->model != NULL ? g_list_model_get_n_items (self->model) : 0;
  g_autofree Key *keys = g_new (Key, n_items);

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(BriefingArticle) article = g_list_model_get_item (self->model, i);

      key_init (&keys[i], briefing_article_get_published (article), i);
    }
  /* With no items there are no keys (g_new() gives NULL). */
  if (n_items > 1)
    sort_keys (keys, n_items);

  g_free (self->order);
  self->order = g_new (guint, n_items);
  for (guint i = 0; i < n_items; i++)
    self->order[i] = keys[i].position;
  self->n_items = n_items;
}

static void
on_items_changed (BriefingNewestFirst *self,
                  guint                position,
                  guint                removed,
                  guint                added)
{
  guint old_n_items = self->n_items;

  /* A change anywhere may move anything: sort again. */
  sort (self);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n_items, self->n_items);
}

static GType
briefing_newest_first_get_item_type (GListModel *model)
{
  return BRIEFING_TYPE_ARTICLE;
}

static guint
briefing_newest_first_get_n_items (GListModel *model)
{
  return BRIEFING_NEWEST_FIRST (model)->n_items;
}

static gpointer
briefing_newest_first_get_item (GListModel *model,
                                guint       position)
{
  BriefingNewestFirst *self = BRIEFING_NEWEST_FIRST (model);

  if (position >= self->n_items)
    return NULL;

  return g_list_model_get_item (self->model, self->order[position]);
}

static void
briefing_newest_first_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = briefing_newest_first_get_item_type;
  iface->get_n_items = briefing_newest_first_get_n_items;
  iface->get_item = briefing_newest_first_get_item;
}

static void
briefing_newest_first_dispose (GObject *object)
{
  BriefingNewestFirst *self = BRIEFING_NEWEST_FIRST (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed, self);
  g_clear_object (&self->model);
  g_clear_pointer (&self->order, g_free);
  self->n_items = 0;

  G_OBJECT_CLASS (briefing_newest_first_parent_class)->dispose (object);
}

static void
briefing_newest_first_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  BriefingNewestFirst *self = BRIEFING_NEWEST_FIRST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_newest_first_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  BriefingNewestFirst *self = BRIEFING_NEWEST_FIRST (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      briefing_newest_first_set_model (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_newest_first_class_init (BriefingNewestFirstClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = briefing_newest_first_dispose;
  object_class->get_property = briefing_newest_first_get_property;
  object_class->set_property = briefing_newest_first_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_newest_first_init (BriefingNewestFirst *self)
{
}

BriefingNewestFirst *
briefing_newest_first_new (void)
{
  return g_object_new (BRIEFING_TYPE_NEWEST_FIRST, NULL);
}

GListModel *
briefing_newest_first_get_model (BriefingNewestFirst *self)
{
  g_return_val_if_fail (BRIEFING_IS_NEWEST_FIRST (self), NULL);

  return self->model;
}

void
briefing_newest_first_set_model (BriefingNewestFirst *self,
                                 GListModel          *model)
{
  guint old_n_items;

  g_return_if_fail (BRIEFING_IS_NEWEST_FIRST (self));
  g_return_if_fail (model == NULL || G_IS_LIST_MODEL (model));

  if (self->model == model)
    return;

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_func (self->model, on_items_changed, self);
  g_set_object (&self->model, model);
  if (model != NULL)
    g_signal_connect_swapped (model, "items-changed", G_CALLBACK (on_items_changed), self);

  old_n_items = self->n_items;
  sort (self);
  if (old_n_items > 0 || self->n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n_items, self->n_items);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}
