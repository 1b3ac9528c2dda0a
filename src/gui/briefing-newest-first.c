/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-newest-first"

#include "config.h"

#include "briefing-article-order.h"
#include "briefing-newest-first.h"

struct _BriefingNewestFirst
{
  GObject     parent_instance;

  GListModel *model;
  GPtrArray  *articles;  /* of BriefingArticle: those of model, newest first; NULL without one */
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

/* The order the list was read with, when it still holds, or worked out now. */
static void
sort (BriefingNewestFirst *self)
{
  g_clear_pointer (&self->articles, g_ptr_array_unref);
  if (self->model == NULL)
    return;

  self->articles = briefing_article_order_dup_kept (self->model);
  if (self->articles == NULL)
    self->articles = briefing_article_order_newest_first (self->model);
}

static guint
n_sorted (BriefingNewestFirst *self)
{
  return self->articles != NULL ? self->articles->len : 0;
}

static void
on_items_changed (BriefingNewestFirst *self,
                  guint                position,
                  guint                removed,
                  guint                added)
{
  guint old_n_items = n_sorted (self);

  /* A change anywhere may move anything: sort again. */
  sort (self);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n_items, n_sorted (self));
}

static GType
briefing_newest_first_get_item_type (GListModel *model)
{
  return BRIEFING_TYPE_ARTICLE;
}

static guint
briefing_newest_first_get_n_items (GListModel *model)
{
  return n_sorted (BRIEFING_NEWEST_FIRST (model));
}

static gpointer
briefing_newest_first_get_item (GListModel *model,
                                guint       position)
{
  BriefingNewestFirst *self = BRIEFING_NEWEST_FIRST (model);

  if (position >= n_sorted (self))
    return NULL;

  return g_object_ref (g_ptr_array_index (self->articles, position));
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
  g_clear_pointer (&self->articles, g_ptr_array_unref);

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

  old_n_items = n_sorted (self);
  sort (self);
  if (old_n_items > 0 || n_sorted (self) > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, old_n_items, n_sorted (self));

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}
