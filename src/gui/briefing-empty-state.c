/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-empty-state"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-empty-state.h"
#include "briefing-tooltip.h"

struct _BriefingEmptyState
{
  GtkWidget   parent_instance;

  /* Template widgets */
  GtkWidget  *recent_box;
  GtkListBox *recent_list;

  /* Owned */
  GListModel *recent;
};

G_DEFINE_FINAL_TYPE (BriefingEmptyState, briefing_empty_state, GTK_TYPE_WIDGET)

static GtkWidget *
create_recent_row (gpointer item,
                   gpointer user_data)
{
  const char *uri = gtk_string_object_get_string (item);
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *where = g_file_get_parse_name (file);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (name);
  GtkWidget *path = gtk_label_new (where);

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_xalign (GTK_LABEL (path), 0);
  gtk_label_set_ellipsize (GTK_LABEL (path), PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (path, "dim-label");
  gtk_widget_add_css_class (path, "caption");
  gtk_widget_add_css_class (box, "recent-row");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), path);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  briefing_widget_set_tooltip (row, where);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "win.open-uri");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", uri);

  return row;
}

static void
update_visibility (BriefingEmptyState *self)
{
  gtk_widget_set_visible (self->recent_box, self->recent != NULL && g_list_model_get_n_items (self->recent) > 0);
}

static void
briefing_empty_state_dispose (GObject *object)
{
  BriefingEmptyState *self = BRIEFING_EMPTY_STATE (object);
  GtkWidget *child;

  if (self->recent != NULL)
    g_signal_handlers_disconnect_by_func (self->recent, update_visibility, self);
  g_clear_object (&self->recent);
  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_EMPTY_STATE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (briefing_empty_state_parent_class)->dispose (object);
}

static void
briefing_empty_state_class_init (BriefingEmptyStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_empty_state_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-empty-state.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingEmptyState, recent_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingEmptyState, recent_list);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "emptystate");
}

static void
briefing_empty_state_init (BriefingEmptyState *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  update_visibility (self);
}

void
briefing_empty_state_set_recent (BriefingEmptyState *self,
                                 GListModel         *recent)
{
  g_return_if_fail (BRIEFING_IS_EMPTY_STATE (self));
  g_return_if_fail (recent == NULL || G_IS_LIST_MODEL (recent));

  if (self->recent != NULL)
    g_signal_handlers_disconnect_by_func (self->recent, update_visibility, self);
  g_set_object (&self->recent, recent);
  if (recent != NULL)
    g_signal_connect_swapped (recent, "items-changed", G_CALLBACK (update_visibility), self);

  gtk_list_box_bind_model (self->recent_list, recent, create_recent_row, NULL, NULL);
  update_visibility (self);
}
