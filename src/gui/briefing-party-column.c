/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-party-column"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-chips.h"
#include "briefing-demand-row.h"
#include "briefing-edit-widgets.h"
#include "briefing-enum-types.h"
#include "briefing-labels.h"
#include "briefing-party-column.h"
#include "briefing-party-stripe.h"
#include "briefing-position.h"
#include "briefing-tooltip.h"

struct _BriefingPartyColumn
{
  GtkWidget            parent_instance;

  /* Template widgets and objects */
  BriefingPartyStripe *stripe;
  GtkLabel            *name_label;
  GtkMenuButton       *edit_button;
  GtkLabel            *short_name_label;
  GtkLabel            *role_badge;
  GtkLabel            *count_label;
  GtkStack            *list_stack;
  GtkListView         *list_view;
  GtkFilterListModel  *filter_model;
  GtkCustomFilter     *party_filter;
  GListStore          *shown_model;

  /* Owned */
  BriefingParty       *party;
  BriefingBundle      *bundle;
  GListModel          *positions;

  guint                n_demands;
};

/* Each new row costs a millisecond or two: a big bundle's rows are made a few at a time, so the
 * main loop never waits more than about this long for them (GTK 4.8's list view makes rows for up
 * to 200 items, whether they are visible or not). */
#define FILL_BUDGET_US 5000

G_DEFINE_FINAL_TYPE (BriefingPartyColumn, briefing_party_column, GTK_TYPE_WIDGET)

static void
create_edit_menu (GtkMenuButton *button,
                  gpointer       item)
{
  g_autoptr(GMenuModel) menu = briefing_item_menu_new (item);

  gtk_menu_button_set_menu_model (button, menu);
}

enum {
  PROP_0,
  PROP_PARTY,
  PROP_POSITIONS,
  PROP_BUNDLE,
  PROP_N_DEMANDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_party_position (gpointer item,
                   gpointer user_data)
{
  BriefingPartyColumn *self = user_data;
  BriefingDemand *demand = briefing_position_get_demand (BRIEFING_POSITION (item));

  return self->party != NULL &&
         g_strcmp0 (briefing_demand_get_party (demand), briefing_party_get_id (self->party)) == 0;
}

/* The rows made at once, when the positions change, share this budget between the columns; what
 * does not fit is added later, a few rows at a time. */
static gint64 sync_since;
static gint64 sync_spent;

/* Appends the filtered positions that shown_model lacks, for about @budget µs (if positive, at
 * least one). Returns how long it took. */
static gint64
fill_some (BriefingPartyColumn *self,
           gint64               budget)
{
  GListModel *source = G_LIST_MODEL (self->filter_model);
  guint n_source = g_list_model_get_n_items (source);
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->shown_model));
  gint64 start = g_get_monotonic_time ();
  gint64 now = start;

  /* One at a time: the list view makes each row as soon as its item is added. */
  while (budget > 0 && n_shown < n_source)
    {
      g_autoptr(GObject) item = g_list_model_get_item (source, n_shown);
      gint64 before = now;

      g_list_store_append (self->shown_model, item);
      n_shown++;
      now = g_get_monotonic_time ();
      /* Stop before the next one would overrun, going by how long this one took. */
      if (now - start + (now - before) > budget)
        break;
    }

  return now - start;
}

static gboolean
lacks_rows (BriefingPartyColumn *self)
{
  return g_list_model_get_n_items (G_LIST_MODEL (self->shown_model)) <
         g_list_model_get_n_items (G_LIST_MODEL (self->filter_model));
}

/* One idle source for all columns, so that together they keep to the budget in each turn of the
 * main loop. */
static GPtrArray *filling;
static guint fill_id;

static gboolean
fill_idle (gpointer user_data)
{
  BriefingPartyColumn *self = g_ptr_array_steal_index (filling, 0);

  fill_some (self, FILL_BUDGET_US);
  /* Round robin: the columns fill side by side. */
  if (lacks_rows (self))
    g_ptr_array_add (filling, self);

  if (filling->len > 0)
    return G_SOURCE_CONTINUE;

  fill_id = 0;
  return G_SOURCE_REMOVE;
}

static void
schedule_fill (BriefingPartyColumn *self)
{
  if (filling == NULL)
    filling = g_ptr_array_new ();
  if (!lacks_rows (self) || g_ptr_array_find (filling, self, NULL))
    return;

  g_ptr_array_add (filling, self);
  if (fill_id == 0)
    fill_id = g_idle_add (fill_idle, NULL);
}

static void
unschedule_fill (BriefingPartyColumn *self)
{
  if (filling != NULL && g_ptr_array_remove (filling, self) && filling->len == 0)
    g_clear_handle_id (&fill_id, g_source_remove);
}

/* shown_model always holds the first positions of filter_model, in its order. A change among them
 * is followed at once; rows that are still missing are made now as far as the shared budget
 * allows, and the rest when the main loop is idle. */
static void
follow_filter_model (BriefingPartyColumn *self,
                     guint                position,
                     guint                removed,
                     guint                added)
{
  GListModel *source = G_LIST_MODEL (self->filter_model);
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->shown_model));
  gint64 now = g_get_monotonic_time ();

  if (position < n_shown)
    {
      if (added == removed && added == 1)
        {
          /* One position replaced, as when a demand is edited: the others keep their rows. */
          g_autoptr(GObject) item = g_list_model_get_item (source, position);

          g_list_store_splice (self->shown_model, position, 1, (gpointer *) &item, 1);
        }
      else
        g_list_store_splice (self->shown_model, position, n_shown - position, NULL, 0);
    }

  if (now - sync_since > 2 * FILL_BUDGET_US)
    {
      sync_since = now;
      sync_spent = 0;
    }
  sync_spent += fill_some (self, FILL_BUDGET_US - sync_spent);

  schedule_fill (self);
}

static void
update_count (BriefingPartyColumn *self)
{
  GListModel *model = G_LIST_MODEL (self->filter_model);
  guint n = g_list_model_get_n_items (model);
  guint dropped = 0;
  g_autofree char *demands = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BriefingPosition) position = g_list_model_get_item (model, i);

      if (briefing_position_get_change (position) == BRIEFING_CHANGE_DROPPED)
        dropped++;
    }

  demands = g_strdup_printf (ngettext ("%u demand", "%u demands", n), n);
  if (dropped > 0)
    {
      g_autofree char *dropped_text = NULL;
      g_autofree char *count = NULL;

      /* Translators: how many of a party's demands it dropped at the selected event */
      dropped_text = g_strdup_printf (ngettext ("%u dropped", "%u dropped", dropped), dropped);
      /* Translators: "3 demands, 1 dropped" */
      count = g_strdup_printf (_("%s, %s"), demands, dropped_text);

      gtk_label_set_text (self->count_label, count);
    }
  else
    gtk_label_set_text (self->count_label, demands);

  gtk_stack_set_visible_child_name (self->list_stack, n > 0 ? "list" : "empty");

  if (n != self->n_demands)
    {
      self->n_demands = n;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_DEMANDS]);
    }
}

static void
on_filter_model_items_changed (BriefingPartyColumn *self,
                               guint                position,
                               guint                removed,
                               guint                added)
{
  follow_filter_model (self, position, removed, added);
  update_count (self);
}

static void
update_header (BriefingPartyColumn *self)
{
  BriefingPartyRole role;
  const char *short_name;

  if (self->party == NULL)
    {
      gtk_label_set_text (self->name_label, "");
      gtk_widget_set_visible (GTK_WIDGET (self->short_name_label), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->role_badge), FALSE);
      briefing_party_stripe_set_color (self->stripe, NULL);
      return;
    }

  role = briefing_party_get_role (self->party);
  short_name = briefing_party_get_short_name (self->party);

  gtk_label_set_text (self->name_label, briefing_party_get_name (self->party));
  /* The name may be ellipsized in a narrow column. */
  briefing_widget_set_tooltip (GTK_WIDGET (self->name_label), briefing_party_get_name (self->party));
  gtk_label_set_text (self->short_name_label, short_name != NULL ? short_name : "");
  gtk_widget_set_visible (GTK_WIDGET (self->short_name_label), short_name != NULL);
  /* The menu is made when it opens; one made for the party before is dropped. */
  gtk_menu_button_set_menu_model (self->edit_button, NULL);
  gtk_menu_button_set_create_popup_func (self->edit_button, create_edit_menu, g_object_ref (self->party), g_object_unref);

  /* Sides need no badge; the others are marked, so a mediator's proposals read as such. */
  gtk_label_set_text (self->role_badge, briefing_party_role_label (role));
  gtk_widget_set_visible (GTK_WIDGET (self->role_badge), role != BRIEFING_PARTY_ROLE_PARTY);
  briefing_chip_set_value_class (GTK_WIDGET (self->role_badge), BRIEFING_TYPE_PARTY_ROLE, role);

  briefing_party_stripe_set_color (self->stripe, briefing_party_get_color (self->party));
}

static void
on_factory_setup (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  BriefingPartyColumn      *self)
{
  GtkWidget *row;

  gtk_list_item_set_activatable (item, FALSE);
  gtk_list_item_set_selectable (item, FALSE);
  row = briefing_demand_row_new ();
  /* Rows are recycled: they follow the column's bundle for as long as they live. */
  g_object_bind_property (self, "bundle", row, "bundle", G_BINDING_SYNC_CREATE);
  gtk_list_item_set_child (item, row);
}

static void
on_factory_bind (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 BriefingPartyColumn      *self)
{
  BriefingDemandRow *row = BRIEFING_DEMAND_ROW (gtk_list_item_get_child (item));

  briefing_demand_row_set_position (row, gtk_list_item_get_item (item));
}

static void
on_factory_unbind (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   BriefingPartyColumn      *self)
{
  briefing_demand_row_set_position (BRIEFING_DEMAND_ROW (gtk_list_item_get_child (item)), NULL);
}

static void
briefing_party_column_dispose (GObject *object)
{
  BriefingPartyColumn *self = BRIEFING_PARTY_COLUMN (object);
  GtkWidget *child;

  unschedule_fill (self);
  if (self->filter_model != NULL)
    g_signal_handlers_disconnect_by_data (self->filter_model, self);
  if (self->party_filter != NULL)
    gtk_custom_filter_set_filter_func (self->party_filter, NULL, NULL, NULL);

  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_PARTY_COLUMN);
  /* The template's unnamed children too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->party);
  g_clear_object (&self->bundle);
  g_clear_object (&self->positions);

  G_OBJECT_CLASS (briefing_party_column_parent_class)->dispose (object);
}

static void
briefing_party_column_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  BriefingPartyColumn *self = BRIEFING_PARTY_COLUMN (object);

  switch (prop_id)
    {
    case PROP_PARTY:
      g_value_set_object (value, self->party);
      break;
    case PROP_POSITIONS:
      g_value_set_object (value, self->positions);
      break;
    case PROP_BUNDLE:
      g_value_set_object (value, self->bundle);
      break;
    case PROP_N_DEMANDS:
      g_value_set_uint (value, self->n_demands);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_party_column_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  BriefingPartyColumn *self = BRIEFING_PARTY_COLUMN (object);

  switch (prop_id)
    {
    case PROP_PARTY:
      briefing_party_column_set_party (self, g_value_get_object (value));
      break;
    case PROP_POSITIONS:
      briefing_party_column_set_positions (self, g_value_get_object (value));
      break;
    case PROP_BUNDLE:
      briefing_party_column_set_bundle (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_party_column_class_init (BriefingPartyColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_party_column_dispose;
  object_class->get_property = briefing_party_column_get_property;
  object_class->set_property = briefing_party_column_set_property;

  properties[PROP_PARTY] =
    g_param_spec_object ("party", NULL, NULL, BRIEFING_TYPE_PARTY,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITIONS] =
    g_param_spec_object ("positions", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUNDLE] =
    g_param_spec_object ("bundle", NULL, NULL, BRIEFING_TYPE_BUNDLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_DEMANDS] =
    g_param_spec_uint ("n-demands", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BRIEFING_TYPE_PARTY_STRIPE);
  g_type_ensure (BRIEFING_TYPE_POSITION);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/briefing/Briefing/briefing-party-column.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingPartyColumn, edit_button);
  gtk_widget_class_bind_template_child (widget_class, BriefingPartyColumn, stripe);
  gtk_widget_class_bind_template_child (widget_class, BriefingPartyColumn, name_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingPartyColumn, short_name_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingPartyColumn, role_badge);
  gtk_widget_class_bind_template_child (widget_class, BriefingPartyColumn, count_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingPartyColumn, list_stack);
  gtk_widget_class_bind_template_child (widget_class, BriefingPartyColumn, list_view);
  gtk_widget_class_bind_template_child (widget_class, BriefingPartyColumn, filter_model);
  gtk_widget_class_bind_template_child (widget_class, BriefingPartyColumn, party_filter);
  gtk_widget_class_bind_template_child (widget_class, BriefingPartyColumn, shown_model);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_factory_unbind);

  gtk_widget_class_set_css_name (widget_class, "partycolumn");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
briefing_party_column_init (BriefingPartyColumn *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_custom_filter_set_filter_func (self->party_filter, is_party_position, self, NULL);
  g_signal_connect_swapped (self->filter_model, "items-changed",
                            G_CALLBACK (on_filter_model_items_changed), self);
  update_header (self);
  update_count (self);
}

GtkWidget *
briefing_party_column_new (BriefingParty *party)
{
  return g_object_new (BRIEFING_TYPE_PARTY_COLUMN, "party", party, NULL);
}

BriefingParty *
briefing_party_column_get_party (BriefingPartyColumn *self)
{
  g_return_val_if_fail (BRIEFING_IS_PARTY_COLUMN (self), NULL);

  return self->party;
}

void
briefing_party_column_set_party (BriefingPartyColumn *self,
                                 BriefingParty       *party)
{
  g_return_if_fail (BRIEFING_IS_PARTY_COLUMN (self));
  g_return_if_fail (party == NULL || BRIEFING_IS_PARTY (party));

  if (!g_set_object (&self->party, party))
    return;

  update_header (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  party != NULL ? briefing_party_get_name (party) : NULL,
                                  -1);
  gtk_filter_changed (GTK_FILTER (self->party_filter), GTK_FILTER_CHANGE_DIFFERENT);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTY]);
}

GListModel *
briefing_party_column_get_positions (BriefingPartyColumn *self)
{
  g_return_val_if_fail (BRIEFING_IS_PARTY_COLUMN (self), NULL);

  return self->positions;
}

void
briefing_party_column_set_positions (BriefingPartyColumn *self,
                                     GListModel          *positions)
{
  g_return_if_fail (BRIEFING_IS_PARTY_COLUMN (self));
  g_return_if_fail (positions == NULL || G_IS_LIST_MODEL (positions));

  if (!g_set_object (&self->positions, positions))
    return;

  gtk_filter_list_model_set_model (self->filter_model, positions);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITIONS]);
}

BriefingBundle *
briefing_party_column_get_bundle (BriefingPartyColumn *self)
{
  g_return_val_if_fail (BRIEFING_IS_PARTY_COLUMN (self), NULL);

  return self->bundle;
}

void
briefing_party_column_set_bundle (BriefingPartyColumn *self,
                                  BriefingBundle      *bundle)
{
  g_return_if_fail (BRIEFING_IS_PARTY_COLUMN (self));
  g_return_if_fail (bundle == NULL || BRIEFING_IS_BUNDLE (bundle));

  if (!g_set_object (&self->bundle, bundle))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUNDLE]);
}

guint
briefing_party_column_get_n_demands (BriefingPartyColumn *self)
{
  g_return_val_if_fail (BRIEFING_IS_PARTY_COLUMN (self), 0);

  return self->n_demands;
}
