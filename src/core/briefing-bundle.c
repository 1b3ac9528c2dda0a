/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-bundle"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "briefing-bundle-private.h"
#include "briefing-util-private.h"

struct _BriefingBundle
{
  GObject       parent_instance;

  char         *id;
  char         *title;
  char         *description;
  char         *language;
  char         *schema_uri;
  GFile        *file;

  GListStore   *parties;
  GListStore   *articles;
  GListStore   *events;
  GListStore   *demands;

  /* Every item of the four stores by its id, so that ids are unique across the bundle. Keys are
   * the items' own id strings and values the items: both borrowed from the stores. */
  GHashTable   *by_id;

  BriefingDate  created;
  BriefingDate  updated;

  guint         has_updated : 1;
};

G_DEFINE_FINAL_TYPE (BriefingBundle, briefing_bundle, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_DESCRIPTION,
  PROP_LANGUAGE,
  PROP_CREATED,
  PROP_UPDATED,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef gboolean (*ItemEqualFunc) (gpointer a,
                                   gpointer b);

static gboolean
add_item (BriefingBundle *self,
          GListStore     *store,
          gpointer        item,
          const char     *id)
{
  g_assert (G_IS_LIST_STORE (store));
  g_assert (G_IS_OBJECT (item));

  if (id == NULL || g_hash_table_contains (self->by_id, id))
    return FALSE;

  /* The key is the item's construct-only id, which lives as long as the store keeps the item. */
  g_hash_table_insert (self->by_id, (gpointer) id, item);
  g_list_store_append (store, item);

  return TRUE;
}

static gboolean
list_models_equal (GListModel    *a,
                   GListModel    *b,
                   ItemEqualFunc  equal)
{
  guint n_items = g_list_model_get_n_items (a);

  if (n_items != g_list_model_get_n_items (b))
    return FALSE;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(GObject) item_a = g_list_model_get_item (a, i);
      g_autoptr(GObject) item_b = g_list_model_get_item (b, i);

      if (!equal (item_a, item_b))
        return FALSE;
    }

  return TRUE;
}

static void
briefing_bundle_finalize (GObject *object)
{
  BriefingBundle *self = (BriefingBundle *)object;

  /* The table borrows from the stores, so it goes first. */
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_object (&self->parties);
  g_clear_object (&self->articles);
  g_clear_object (&self->events);
  g_clear_object (&self->demands);
  g_clear_object (&self->file);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->schema_uri, g_free);
  g_clear_pointer (&self->language, g_free);

  G_OBJECT_CLASS (briefing_bundle_parent_class)->finalize (object);
}

static void
briefing_bundle_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BriefingBundle *self = BRIEFING_BUNDLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DESCRIPTION:
      g_value_set_string (value, self->description);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_CREATED:
      g_value_set_boxed (value, &self->created);
      break;

    case PROP_UPDATED:
      g_value_set_boxed (value, briefing_bundle_get_updated (self));
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_bundle_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BriefingBundle *self = BRIEFING_BUNDLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_dup_string (value);
      break;

    case PROP_TITLE:
      briefing_bundle_set_title (self, g_value_get_string (value));
      break;

    case PROP_DESCRIPTION:
      briefing_bundle_set_description (self, g_value_get_string (value));
      break;

    case PROP_LANGUAGE:
      briefing_bundle_set_language (self, g_value_get_string (value));
      break;

    case PROP_CREATED:
      briefing_bundle_set_created (self, g_value_get_boxed (value));
      break;

    case PROP_UPDATED:
      briefing_bundle_set_updated (self, g_value_get_boxed (value));
      break;

    case PROP_FILE:
      briefing_bundle_set_file (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_bundle_class_init (BriefingBundleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = briefing_bundle_finalize;
  object_class->get_property = briefing_bundle_get_property;
  object_class->set_property = briefing_bundle_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_CREATED] =
    g_param_spec_boxed ("created", NULL, NULL,
                        BRIEFING_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /* NULL when the bundle was never updated. */
  properties[PROP_UPDATED] =
    g_param_spec_boxed ("updated", NULL, NULL,
                        BRIEFING_TYPE_DATE,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
briefing_bundle_init (BriefingBundle *self)
{
  self->parties = g_list_store_new (BRIEFING_TYPE_PARTY);
  self->articles = g_list_store_new (BRIEFING_TYPE_ARTICLE);
  self->events = g_list_store_new (BRIEFING_TYPE_EVENT);
  self->demands = g_list_store_new (BRIEFING_TYPE_DEMAND);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

BriefingBundle *
briefing_bundle_new (const char *id,
                     const char *title)
{
  return g_object_new (BRIEFING_TYPE_BUNDLE,
                       "id", id,
                       "title", title,
                       NULL);
}

const char *
briefing_bundle_get_id (BriefingBundle *self)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (self), NULL);

  return self->id;
}

const char *
briefing_bundle_get_title (BriefingBundle *self)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (self), NULL);

  return self->title;
}

void
briefing_bundle_set_title (BriefingBundle *self,
                           const char     *title)
{
  g_return_if_fail (BRIEFING_IS_BUNDLE (self));

  if (briefing_set_str (&self->title, title))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
briefing_bundle_get_description (BriefingBundle *self)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (self), NULL);

  return self->description;
}

void
briefing_bundle_set_description (BriefingBundle *self,
                                 const char     *description)
{
  g_return_if_fail (BRIEFING_IS_BUNDLE (self));

  if (briefing_set_str (&self->description, description))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DESCRIPTION]);
}

const char *
briefing_bundle_get_schema_uri (BriefingBundle *self)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (self), NULL);

  return self->schema_uri;
}

void
briefing_bundle_set_schema_uri (BriefingBundle *self,
                                const char     *schema_uri)
{
  g_return_if_fail (BRIEFING_IS_BUNDLE (self));

  briefing_set_str (&self->schema_uri, schema_uri);
}

const char *
briefing_bundle_get_language (BriefingBundle *self)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (self), NULL);

  return self->language;
}

void
briefing_bundle_set_language (BriefingBundle *self,
                              const char     *language)
{
  g_return_if_fail (BRIEFING_IS_BUNDLE (self));

  if (briefing_set_str (&self->language, language))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/* Never NULL: a bundle that was given no date has an unset one (see briefing_date_is_set()). */
const BriefingDate *
briefing_bundle_get_created (BriefingBundle *self)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (self), NULL);

  return &self->created;
}

/* NULL resets the date to unset. */
void
briefing_bundle_set_created (BriefingBundle     *self,
                             const BriefingDate *created)
{
  BriefingDate date = { 0 };

  g_return_if_fail (BRIEFING_IS_BUNDLE (self));

  if (created != NULL)
    date = *created;

  if (briefing_date_equal (&self->created, &date))
    return;

  self->created = date;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CREATED]);
}

const BriefingDate *
briefing_bundle_get_updated (BriefingBundle *self)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (self), NULL);

  return self->has_updated ? &self->updated : NULL;
}

/* NULL removes the date. */
void
briefing_bundle_set_updated (BriefingBundle     *self,
                             const BriefingDate *updated)
{
  g_return_if_fail (BRIEFING_IS_BUNDLE (self));

  if (updated == NULL)
    {
      if (!self->has_updated)
        return;

      self->updated = (BriefingDate) { 0 };
      self->has_updated = FALSE;
    }
  else
    {
      if (self->has_updated && briefing_date_equal (&self->updated, updated))
        return;

      self->updated = *updated;
      self->has_updated = TRUE;
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UPDATED]);
}

/* (transfer none) (nullable) */
GFile *
briefing_bundle_get_file (BriefingBundle *self)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (self), NULL);

  return self->file;
}

void
briefing_bundle_set_file (BriefingBundle *self,
                          GFile          *file)
{
  g_return_if_fail (BRIEFING_IS_BUNDLE (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

GListModel *
briefing_bundle_get_parties (BriefingBundle *self)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (self), NULL);

  return G_LIST_MODEL (self->parties);
}

GListModel *
briefing_bundle_get_articles (BriefingBundle *self)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (self), NULL);

  return G_LIST_MODEL (self->articles);
}

GListModel *
briefing_bundle_get_events (BriefingBundle *self)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (self), NULL);

  return G_LIST_MODEL (self->events);
}

GListModel *
briefing_bundle_get_demands (BriefingBundle *self)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (self), NULL);

  return G_LIST_MODEL (self->demands);
}

/* The bundle takes its own reference on @party when it is added. */
gboolean
briefing_bundle_add_party (BriefingBundle *self,
                           BriefingParty  *party)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_PARTY (party), FALSE);

  return add_item (self, self->parties, party, briefing_party_get_id (party));
}

gboolean
briefing_bundle_add_article (BriefingBundle  *self,
                             BriefingArticle *article)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_ARTICLE (article), FALSE);

  return add_item (self, self->articles, article, briefing_article_get_id (article));
}

gboolean
briefing_bundle_add_event (BriefingBundle *self,
                           BriefingEvent  *event)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_EVENT (event), FALSE);

  return add_item (self, self->events, event, briefing_event_get_id (event));
}

gboolean
briefing_bundle_add_demand (BriefingBundle *self,
                            BriefingDemand *demand)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (self), FALSE);
  g_return_val_if_fail (BRIEFING_IS_DEMAND (demand), FALSE);

  return add_item (self, self->demands, demand, briefing_demand_get_id (demand));
}

GObject *
briefing_bundle_lookup (BriefingBundle *self,
                        const char     *id)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  return g_hash_table_lookup (self->by_id, id);
}

/* NULL when no party has @id, even if another kind of item has. */
BriefingParty *
briefing_bundle_lookup_party (BriefingBundle *self,
                              const char     *id)
{
  GObject *item = briefing_bundle_lookup (self, id);

  return BRIEFING_IS_PARTY (item) ? BRIEFING_PARTY (item) : NULL;
}

BriefingArticle *
briefing_bundle_lookup_article (BriefingBundle *self,
                                const char     *id)
{
  GObject *item = briefing_bundle_lookup (self, id);

  return BRIEFING_IS_ARTICLE (item) ? BRIEFING_ARTICLE (item) : NULL;
}

BriefingEvent *
briefing_bundle_lookup_event (BriefingBundle *self,
                              const char     *id)
{
  GObject *item = briefing_bundle_lookup (self, id);

  return BRIEFING_IS_EVENT (item) ? BRIEFING_EVENT (item) : NULL;
}

BriefingDemand *
briefing_bundle_lookup_demand (BriefingBundle *self,
                               const char     *id)
{
  GObject *item = briefing_bundle_lookup (self, id);

  return BRIEFING_IS_DEMAND (item) ? BRIEFING_DEMAND (item) : NULL;
}

const char *
briefing_bundle_get_article_language (BriefingBundle  *self,
                                      BriefingArticle *article)
{
  const char *language;

  g_return_val_if_fail (BRIEFING_IS_BUNDLE (self), NULL);
  g_return_val_if_fail (BRIEFING_IS_ARTICLE (article), NULL);

  language = briefing_article_get_language (article);

  return language != NULL ? language : self->language;
}

char *
briefing_bundle_dup_summary (BriefingBundle *self)
{
  g_autofree char *articles = NULL;
  g_autofree char *events = NULL;
  g_autofree char *demands = NULL;
  g_autofree char *parties = NULL;
  guint n_articles;
  guint n_events;
  guint n_demands;
  guint n_parties;

  g_return_val_if_fail (BRIEFING_IS_BUNDLE (self), NULL);

  n_articles = g_list_model_get_n_items (G_LIST_MODEL (self->articles));
  n_events = g_list_model_get_n_items (G_LIST_MODEL (self->events));
  n_demands = g_list_model_get_n_items (G_LIST_MODEL (self->demands));
  n_parties = g_list_model_get_n_items (G_LIST_MODEL (self->parties));

  /* Translators: this and the three counts below are the parts of a bundle's summary, which
   * reads like "6 articles, 9 events, 14 demands, 4 parties". */
  articles = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles",
                                           n_articles),
                              n_articles);
  events = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u event", "%u events", n_events),
                            n_events);
  demands = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u demand", "%u demands", n_demands),
                             n_demands);
  parties = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u party", "%u parties", n_parties),
                             n_parties);

  /* Translators: what a bundle holds, e.g. "6 articles, 9 events, 14 demands, 4 parties". The
   * four parts are, in order, the counts of articles, events, demands and parties; use %1$s to
   * %4$s to reorder them. */
  return g_strdup_printf (_("%s, %s, %s, %s"), articles, events, demands, parties);
}

/* Compares what a bundle file says, item by item and in order; the file it came from does not
 * count. NULL is equal only to NULL. */
gboolean
briefing_bundle_equal (BriefingBundle *a,
                       BriefingBundle *b)
{
  g_return_val_if_fail (a == NULL || BRIEFING_IS_BUNDLE (a), FALSE);
  g_return_val_if_fail (b == NULL || BRIEFING_IS_BUNDLE (b), FALSE);

  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;

  if (g_strcmp0 (a->id, b->id) != 0 ||
      g_strcmp0 (a->title, b->title) != 0 ||
      g_strcmp0 (a->description, b->description) != 0 ||
      g_strcmp0 (a->schema_uri, b->schema_uri) != 0 ||
      g_strcmp0 (a->language, b->language) != 0 ||
      !briefing_date_equal (&a->created, &b->created) ||
      a->has_updated != b->has_updated ||
      (a->has_updated && !briefing_date_equal (&a->updated, &b->updated)))
    return FALSE;

  return list_models_equal (G_LIST_MODEL (a->parties), G_LIST_MODEL (b->parties),
                            (ItemEqualFunc) briefing_party_equal) &&
         list_models_equal (G_LIST_MODEL (a->articles), G_LIST_MODEL (b->articles),
                            (ItemEqualFunc) briefing_article_equal) &&
         list_models_equal (G_LIST_MODEL (a->events), G_LIST_MODEL (b->events),
                            (ItemEqualFunc) briefing_event_equal) &&
         list_models_equal (G_LIST_MODEL (a->demands), G_LIST_MODEL (b->demands),
                            (ItemEqualFunc) briefing_demand_equal);
}

const char *
briefing_bundle_item_get_id (GObject *item)
{
  if (BRIEFING_IS_PARTY (item))
    return briefing_party_get_id (BRIEFING_PARTY (item));
  if (BRIEFING_IS_ARTICLE (item))
    return briefing_article_get_id (BRIEFING_ARTICLE (item));
  if (BRIEFING_IS_EVENT (item))
    return briefing_event_get_id (BRIEFING_EVENT (item));
  if (BRIEFING_IS_DEMAND (item))
    return briefing_demand_get_id (BRIEFING_DEMAND (item));
  return NULL;
}

GListStore *
briefing_bundle_get_store_for (BriefingBundle *self,
                               GObject        *item)
{
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (self), NULL);

  if (BRIEFING_IS_PARTY (item))
    return self->parties;
  if (BRIEFING_IS_ARTICLE (item))
    return self->articles;
  if (BRIEFING_IS_EVENT (item))
    return self->events;
  if (BRIEFING_IS_DEMAND (item))
    return self->demands;
  return NULL;
}

gboolean
briefing_bundle_find_item (BriefingBundle *self,
                           GObject        *item,
                           guint          *position)
{
  GListStore *store = briefing_bundle_get_store_for (self, item);
  const char *id = briefing_bundle_item_get_id (item);

  if (store == NULL || id == NULL || g_hash_table_lookup (self->by_id, id) != item)
    return FALSE;

  return g_list_store_find (store, item, position);
}

gboolean
briefing_bundle_insert_item (BriefingBundle *self,
                             GObject        *item,
                             guint           position)
{
  GListStore *store = briefing_bundle_get_store_for (self, item);
  const char *id = briefing_bundle_item_get_id (item);

  g_return_val_if_fail (store != NULL, FALSE);

  if (id == NULL || g_hash_table_contains (self->by_id, id) ||
      position > g_list_model_get_n_items (G_LIST_MODEL (store)))
    return FALSE;

  g_hash_table_insert (self->by_id, (gpointer) id, item);
  g_list_store_insert (store, position, item);

  return TRUE;
}

gboolean
briefing_bundle_remove_item (BriefingBundle *self,
                             GObject        *item)
{
  guint position;

  if (!briefing_bundle_find_item (self, item, &position))
    return FALSE;

  /* Held until the store is done with it: the table's key is the item's own id. */
  g_object_ref (item);
  g_hash_table_remove (self->by_id, briefing_bundle_item_get_id (item));
  g_list_store_remove (briefing_bundle_get_store_for (self, item), position);
  g_object_unref (item);

  return TRUE;
}

gboolean
briefing_bundle_replace_item (BriefingBundle *self,
                              GObject        *item,
                              GObject        *replacement)
{
  const char *id = briefing_bundle_item_get_id (replacement);
  guint position;

  g_return_val_if_fail (G_OBJECT_TYPE (item) == G_OBJECT_TYPE (replacement), FALSE);

  if (!briefing_bundle_find_item (self, item, &position) ||
      g_strcmp0 (id, briefing_bundle_item_get_id (item)) != 0)
    return FALSE;

  /* Re-keyed on the replacement's own string before the store drops the old item. */
  g_hash_table_steal (self->by_id, id);
  g_hash_table_insert (self->by_id, (gpointer) id, replacement);
  g_list_store_splice (briefing_bundle_get_store_for (self, item), position, 1, (gpointer *) &replacement, 1);

  return TRUE;
}
