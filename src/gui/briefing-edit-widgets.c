/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-edit-widgets"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-bundle-edit.h"
#include "briefing-edit-widgets.h"

GtkWidget *
briefing_enum_drop_down_new (BriefingLabelFunc  label,
                             guint              n_values,
                             guint              selected,
                             const char        *accessible_name)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  GtkWidget *drop_down;

  for (guint i = 0; i < n_values; i++)
    gtk_string_list_append (list, label (i));

  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&list)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), selected);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  return drop_down;
}

GtkWidget *
briefing_item_drop_down_new (GListModel *items,
                             const char *selected_id,
                             const char *none_label,
                             const char *accessible_name)
{
  g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  guint selected = 0;
  GtkWidget *drop_down;

  if (none_label != NULL)
    {
      gtk_string_list_append (list, none_label);
      g_ptr_array_add (ids, NULL);
    }

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, i);
      const char *id = BRIEFING_IS_PARTY (item) ? briefing_party_get_id (BRIEFING_PARTY (item))
                                                : briefing_event_get_id (BRIEFING_EVENT (item));

      if (g_strcmp0 (id, selected_id) == 0)
        selected = ids->len;
      gtk_string_list_append (list, briefing_document_item_get_label (item));
      g_ptr_array_add (ids, g_strdup (id));
    }

  drop_down = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&list)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (drop_down), selected);
  g_object_set_data_full (G_OBJECT (drop_down), "briefing-ids", g_steal_pointer (&ids),
                          (GDestroyNotify) g_ptr_array_unref);
  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  return drop_down;
}

const char *
briefing_item_drop_down_get_id (GtkWidget *drop_down)
{
  GPtrArray *ids = g_object_get_data (G_OBJECT (drop_down), "briefing-ids");
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (drop_down));

  g_return_val_if_fail (ids != NULL, NULL);

  return selected < ids->len ? ids->pdata[selected] : NULL;
}

char *
briefing_citation_describe (BriefingBundle *bundle,
                            GPtrArray      *citations)
{
  BriefingCitation *citation;
  BriefingArticle *article;

  if (citations == NULL || citations->len == 0)
    return g_strdup (_("No source yet: select words in an article, then Use Selected Words"));

  citation = citations->pdata[0];
  article = briefing_bundle_lookup_article (bundle, briefing_citation_get_source (citation));
  /* Translators: a source in an editor: the quoted words, then the article's headline */
  return g_strdup_printf (_("“%s” — %s"), briefing_citation_get_exact (citation),
                          article != NULL ? briefing_article_get_headline (article)
                                          : briefing_citation_get_source (citation));
}

GtkWidget *
briefing_form_label_new (const char *text,
                         GtkWidget  *widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "dim-label");
  if (widget != NULL)
    gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  return label;
}

static void
append (GMenu      *menu,
        const char *label,
        const char *action,
        const char *id)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target (item, action, "s", id);
  g_menu_append_item (menu, item);
}

GMenuModel *
briefing_item_menu_new (GObject *item)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();

  if (BRIEFING_IS_PARTY (item))
    {
      const char *id = briefing_party_get_id (BRIEFING_PARTY (item));

      append (edit, _("_Edit Party…"), "win.edit-party", id);
      append (edit, _("Add _Demand…"), "win.add-demand", id);
      append (remove, _("_Delete Party"), "win.delete-party", id);
    }
  else if (BRIEFING_IS_EVENT (item))
    {
      const char *id = briefing_event_get_id (BRIEFING_EVENT (item));

      append (edit, _("_Edit Event…"), "win.edit-event", id);
      append (edit, _("Add _Demand…"), "win.add-demand", "");
      append (remove, _("_Delete Event"), "win.delete-event", id);
    }
  else if (BRIEFING_IS_DEMAND (item))
    {
      const char *id = briefing_demand_get_id (BRIEFING_DEMAND (item));

      append (edit, _("_Edit Demand…"), "win.edit-demand", id);
      append (remove, _("_Delete Demand"), "win.delete-demand", id);
    }

  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));
  return G_MENU_MODEL (menu);
}
