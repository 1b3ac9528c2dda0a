/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-party-panels"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-convergence-view.h"
#include "briefing-party-column.h"
#include "briefing-party-panels.h"

struct _BriefingPartyPanels
{
  GtkWidget                parent_instance;

  /* Template widgets */
  GtkStack                *stack;
  GtkBox                  *columns_box;
  BriefingConvergenceView *convergence_view;

  /* Owned */
  BriefingBundle          *bundle;
  GListModel              *positions;
  BriefingConvergence     *convergence;
  GSignalGroup            *parties_signals;
  char                    *view;
};

G_DEFINE_FINAL_TYPE (BriefingPartyPanels, briefing_party_panels, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BUNDLE,
  PROP_POSITIONS,
  PROP_CONVERGENCE,
  PROP_VIEW,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_view (const char *view)
{
  return g_strcmp0 (view, "positions") == 0 || g_strcmp0 (view, "convergence") == 0;
}

/* Sides first, then mediators, hosts and observers: the order of the role enumeration. */
static int
compare_roles (gconstpointer a,
               gconstpointer b)
{
  BriefingPartyRole role_a = briefing_party_get_role (*(BriefingParty **) a);
  BriefingPartyRole role_b = briefing_party_get_role (*(BriefingParty **) b);

  return (int) role_a - (int) role_b;
}

/* Whether the columns are those of @parties, in their order: the same parties by id, as in
 * another edition of the bundle or after an edit. */
static gboolean
has_columns_of (BriefingPartyPanels *self,
                GPtrArray           *parties)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box));

  for (guint i = 0; i < parties->len; i++, child = gtk_widget_get_next_sibling (child))
    {
      BriefingParty *party;

      if (child == NULL)
        return FALSE;
      party = briefing_party_column_get_party (BRIEFING_PARTY_COLUMN (child));
      if (party == NULL ||
          g_strcmp0 (briefing_party_get_id (party), briefing_party_get_id (parties->pdata[i])) != 0)
        return FALSE;
    }
  return child == NULL;
}

static void
rebuild_columns (BriefingPartyPanels *self)
{
  g_autoptr(GPtrArray) parties = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *model;
  GtkWidget *child;

  if (self->bundle != NULL)
    {
      model = briefing_bundle_get_parties (self->bundle);
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        g_ptr_array_add (parties, g_list_model_get_item (model, i));
      /* The sort is stable, so parties of one role keep the bundle's order. */
      g_ptr_array_sort (parties, compare_roles);
    }

  /* The same parties keep their columns, which take the new party objects: taking columns down
   * and making them again cost more than the rest of showing a big bundle. */
  if (parties->len > 0 && has_columns_of (self, parties))
    {
      child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box));
      for (guint i = 0; i < parties->len; i++, child = gtk_widget_get_next_sibling (child))
        briefing_party_column_set_party (BRIEFING_PARTY_COLUMN (child), parties->pdata[i]);
      return;
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->columns_box))) != NULL)
    gtk_box_remove (self->columns_box, child);

  for (guint i = 0; i < parties->len; i++)
    {
      GtkWidget *column = briefing_party_column_new (parties->pdata[i]);

      g_object_bind_property (self, "bundle", column, "bundle", G_BINDING_SYNC_CREATE);
      g_object_bind_property (self, "positions", column, "positions", G_BINDING_SYNC_CREATE);
      gtk_box_append (self->columns_box, column);
    }
}

static void
on_parties_items_changed (BriefingPartyPanels *self)
{
  rebuild_columns (self);
}

static void
briefing_party_panels_dispose (GObject *object)
{
  BriefingPartyPanels *self = BRIEFING_PARTY_PANELS (object);
  GtkWidget *child;

  if (self->parties_signals != NULL)
    g_signal_group_set_target (self->parties_signals, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_PARTY_PANELS);
  /* The template's unnamed children too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->parties_signals);
  g_clear_object (&self->bundle);
  g_clear_object (&self->positions);
  g_clear_object (&self->convergence);

  G_OBJECT_CLASS (briefing_party_panels_parent_class)->dispose (object);
}

static void
briefing_party_panels_finalize (GObject *object)
{
  BriefingPartyPanels *self = BRIEFING_PARTY_PANELS (object);

  g_free (self->view);

  G_OBJECT_CLASS (briefing_party_panels_parent_class)->finalize (object);
}

static void
briefing_party_panels_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  BriefingPartyPanels *self = BRIEFING_PARTY_PANELS (object);

  switch (prop_id)
    {
    case PROP_BUNDLE:
      g_value_set_object (value, self->bundle);
      break;
    case PROP_POSITIONS:
      g_value_set_object (value, self->positions);
      break;
    case PROP_CONVERGENCE:
      g_value_set_object (value, self->convergence);
      break;
    case PROP_VIEW:
      g_value_set_string (value, self->view);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_party_panels_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  BriefingPartyPanels *self = BRIEFING_PARTY_PANELS (object);

  switch (prop_id)
    {
    case PROP_BUNDLE:
      briefing_party_panels_set_bundle (self, g_value_get_object (value));
      break;
    case PROP_POSITIONS:
      briefing_party_panels_set_positions (self, g_value_get_object (value));
      break;
    case PROP_CONVERGENCE:
      briefing_party_panels_set_convergence (self, g_value_get_object (value));
      break;
    case PROP_VIEW:
      briefing_party_panels_set_view (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_party_panels_class_init (BriefingPartyPanelsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_party_panels_dispose;
  object_class->finalize = briefing_party_panels_finalize;
  object_class->get_property = briefing_party_panels_get_property;
  object_class->set_property = briefing_party_panels_set_property;

  properties[PROP_BUNDLE] =
    g_param_spec_object ("bundle", NULL, NULL, BRIEFING_TYPE_BUNDLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITIONS] =
    g_param_spec_object ("positions", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONVERGENCE] =
    g_param_spec_object ("convergence", NULL, NULL, BRIEFING_TYPE_CONVERGENCE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEW] =
    g_param_spec_string ("view", NULL, NULL, "positions",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BRIEFING_TYPE_CONVERGENCE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/briefing/Briefing/briefing-party-panels.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingPartyPanels, stack);
  gtk_widget_class_bind_template_child (widget_class, BriefingPartyPanels, columns_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingPartyPanels, convergence_view);

  /* A stateful action: the toggle buttons show the view, and menus or shortcuts can switch it. */
  gtk_widget_class_install_property_action (widget_class, "panels.view", "view");

  gtk_widget_class_set_css_name (widget_class, "partypanels");
}

static void
briefing_party_panels_init (BriefingPartyPanels *self)
{
  self->view = g_strdup ("positions");

  gtk_widget_init_template (GTK_WIDGET (self));

  self->parties_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_swapped (self->parties_signals, "items-changed",
                                  G_CALLBACK (on_parties_items_changed), self);

  g_object_bind_property (self, "view", self->stack, "visible-child-name", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self, "convergence", self->convergence_view, "convergence",
                          G_BINDING_SYNC_CREATE);
}

GtkWidget *
briefing_party_panels_new (void)
{
  return g_object_new (BRIEFING_TYPE_PARTY_PANELS, NULL);
}

BriefingBundle *
briefing_party_panels_get_bundle (BriefingPartyPanels *self)
{
  g_return_val_if_fail (BRIEFING_IS_PARTY_PANELS (self), NULL);

  return self->bundle;
}

void
briefing_party_panels_set_bundle (BriefingPartyPanels *self,
                                  BriefingBundle      *bundle)
{
  g_return_if_fail (BRIEFING_IS_PARTY_PANELS (self));
  g_return_if_fail (bundle == NULL || BRIEFING_IS_BUNDLE (bundle));

  if (!g_set_object (&self->bundle, bundle))
    return;

  g_signal_group_set_target (self->parties_signals,
                             bundle != NULL ? briefing_bundle_get_parties (bundle) : NULL);
  rebuild_columns (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUNDLE]);
}

GListModel *
briefing_party_panels_get_positions (BriefingPartyPanels *self)
{
  g_return_val_if_fail (BRIEFING_IS_PARTY_PANELS (self), NULL);

  return self->positions;
}

void
briefing_party_panels_set_positions (BriefingPartyPanels *self,
                                     GListModel          *positions)
{
  g_return_if_fail (BRIEFING_IS_PARTY_PANELS (self));
  g_return_if_fail (positions == NULL || G_IS_LIST_MODEL (positions));

  if (!g_set_object (&self->positions, positions))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITIONS]);
}

BriefingConvergence *
briefing_party_panels_get_convergence (BriefingPartyPanels *self)
{
  g_return_val_if_fail (BRIEFING_IS_PARTY_PANELS (self), NULL);

  return self->convergence;
}

void
briefing_party_panels_set_convergence (BriefingPartyPanels *self,
                                       BriefingConvergence *convergence)
{
  g_return_if_fail (BRIEFING_IS_PARTY_PANELS (self));
  g_return_if_fail (convergence == NULL || BRIEFING_IS_CONVERGENCE (convergence));

  if (!g_set_object (&self->convergence, convergence))
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONVERGENCE]);
}

const char *
briefing_party_panels_get_view (BriefingPartyPanels *self)
{
  g_return_val_if_fail (BRIEFING_IS_PARTY_PANELS (self), NULL);

  return self->view;
}

void
briefing_party_panels_set_view (BriefingPartyPanels *self,
                                const char          *view)
{
  g_return_if_fail (BRIEFING_IS_PARTY_PANELS (self));
  g_return_if_fail (is_view (view));

  if (g_strcmp0 (self->view, view) == 0)
    return;

  g_free (self->view);
  self->view = g_strdup (view);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}
