/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-demand-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-bundle-edit.h"
#include "briefing-demand-editor.h"
#include "briefing-edit-widgets.h"
#include "briefing-labels.h"
#include "briefing-window.h"

static const char * const categories[] = {
  "ceasefire", "territory", "security", "humanitarian", "political", "economic", "other",
};

struct _BriefingDemandEditor
{
  GtkWindow         parent_instance;

  /* Template widgets */
  GtkLabel         *error_label;
  GtkDropDown      *party_drop_down;
  GtkEntry         *text_entry;
  GtkDropDown      *category_drop_down;
  GtkDropDown      *first_stated_drop_down;
  GtkBox           *source_box;
  GtkBox           *responses_box;
  GtkButton        *add_response_button;

  /* Owned */
  BriefingDocument *document;
  char             *demand_id;   /* NULL for a new demand */
  GPtrArray        *citations;   /* of BriefingCitation: the demand's sources */
  GPtrArray        *category_ids;
  GtkWidget        *party_choice;
  GtkWidget        *first_stated_choice;
  GtkLabel         *source_label;
};

G_DEFINE_FINAL_TYPE (BriefingDemandEditor, briefing_demand_editor, GTK_TYPE_WINDOW)

static void
show_error (BriefingDemandEditor *self,
            const char           *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static BriefingBundle *
get_bundle (BriefingDemandEditor *self)
{
  return briefing_document_get_bundle (self->document);
}

/* The words selected in the window's reader, as a source; NULL with the error shown. */
static BriefingCitation *
dup_selection (BriefingDemandEditor *self)
{
  GtkWindow *window = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;
  BriefingCitation *citation = NULL;

  if (BRIEFING_IS_WINDOW (window))
    citation = briefing_window_dup_selected_citation (BRIEFING_WINDOW (window), &error);
  if (citation == NULL)
    show_error (self, error != NULL ? error->message : _("Select words in an article first."));
  else
    gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  return citation;
}

static void
update_demand_source (BriefingDemandEditor *self)
{
  g_autofree char *text = briefing_citation_describe (get_bundle (self), self->citations);

  gtk_label_set_text (self->source_label, text);
}

static void
on_use_demand_selection_clicked (BriefingDemandEditor *self)
{
  BriefingCitation *citation = dup_selection (self);

  if (citation == NULL)
    return;

  g_ptr_array_set_size (self->citations, 0);
  g_ptr_array_add (self->citations, citation);
  update_demand_source (self);
}

/* Responses: each row keeps a copy of its response, whose source it changes in place. */

static void
update_response_source (BriefingDemandEditor *self,
                        GtkWidget            *row)
{
  BriefingResponse *response = g_object_get_data (G_OBJECT (row), "briefing-response");
  g_autofree char *text = briefing_citation_describe (get_bundle (self), briefing_response_get_citations (response));

  gtk_label_set_text (g_object_get_data (G_OBJECT (row), "briefing-source-label"), text);
}

static void
on_use_response_selection_clicked (GtkButton *button,
                                   GtkWidget *row)
{
  BriefingDemandEditor *self = BRIEFING_DEMAND_EDITOR (gtk_widget_get_root (GTK_WIDGET (button)));
  BriefingResponse *response = g_object_get_data (G_OBJECT (row), "briefing-response");
  g_autoptr(BriefingCitation) citation = dup_selection (self);
  g_autoptr(GPtrArray) citations = g_ptr_array_new ();

  if (citation == NULL)
    return;

  g_ptr_array_add (citations, citation);
  briefing_response_set_citations (response, citations);
  update_response_source (self, row);
}

static void
on_remove_response_clicked (GtkButton *button,
                            GtkWidget *row)
{
  gtk_box_remove (GTK_BOX (gtk_widget_get_parent (row)), row);
}

static void
add_response_row (BriefingDemandEditor *self,
                  BriefingResponse     *response)
{
  BriefingBundle *bundle = get_bundle (self);
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *source = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *party = briefing_item_drop_down_new (briefing_bundle_get_parties (bundle),
                                                  briefing_response_get_party (response), NULL, _("Answering party"));
  GtkWidget *event = briefing_item_drop_down_new (briefing_bundle_get_events (bundle),
                                                  briefing_response_get_event (response), NULL, _("Answered at"));
  GtkWidget *stance = briefing_enum_drop_down_new ((BriefingLabelFunc) briefing_stance_label,
                                                   BRIEFING_STANCE_UNKNOWN + 1,
                                                   briefing_response_get_stance (response), _("Stance"));
  GtkWidget *note = gtk_entry_new ();
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *use = gtk_button_new_with_mnemonic (_("_Use Selected Words"));

  gtk_widget_add_css_class (row, "editor-item");
  gtk_widget_set_hexpand (event, TRUE);
  gtk_widget_set_tooltip_text (remove, _("Remove this response"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove this response"), -1);
  gtk_widget_add_css_class (remove, "flat");
  if (briefing_response_get_note (response) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (note), briefing_response_get_note (response));
  gtk_entry_set_placeholder_text (GTK_ENTRY (note), _("Note, e.g. the conditions stated"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (note), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note"), -1);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_valign (use, GTK_ALIGN_START);

  gtk_box_append (GTK_BOX (line), party);
  gtk_box_append (GTK_BOX (line), stance);
  gtk_box_append (GTK_BOX (line), event);
  gtk_box_append (GTK_BOX (line), remove);
  gtk_box_append (GTK_BOX (source), label);
  gtk_box_append (GTK_BOX (source), use);
  gtk_box_append (GTK_BOX (row), line);
  gtk_box_append (GTK_BOX (row), note);
  gtk_box_append (GTK_BOX (row), source);

  g_object_set_data_full (G_OBJECT (row), "briefing-response", briefing_response_copy (response), g_object_unref);
  g_object_set_data (G_OBJECT (row), "briefing-party", party);
  g_object_set_data (G_OBJECT (row), "briefing-event", event);
  g_object_set_data (G_OBJECT (row), "briefing-stance", stance);
  g_object_set_data (G_OBJECT (row), "briefing-note", note);
  g_object_set_data (G_OBJECT (row), "briefing-source-label", label);
  g_signal_connect (use, "clicked", G_CALLBACK (on_use_response_selection_clicked), row);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_response_clicked), row);

  gtk_box_append (self->responses_box, row);
  update_response_source (self, row);
}

static void
on_add_response_clicked (BriefingDemandEditor *self)
{
  const char *party = briefing_item_drop_down_get_id (self->party_choice);
  const char *event = briefing_item_drop_down_get_id (self->first_stated_choice);
  GListModel *parties = briefing_bundle_get_parties (get_bundle (self));
  g_autoptr(BriefingResponse) response = NULL;
  const char *other = NULL;

  /* Another party than the one making the demand answers it. */
  for (guint i = 0; other == NULL && i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(BriefingParty) item = g_list_model_get_item (parties, i);

      if (g_strcmp0 (briefing_party_get_id (item), party) != 0)
        other = briefing_party_get_id (item);
    }

  response = briefing_response_new (other, event, BRIEFING_STANCE_REJECTS);
  add_response_row (self, response);
}

static GPtrArray *
collect_responses (BriefingDemandEditor *self)
{
  GPtrArray *responses = g_ptr_array_new_with_free_func (g_object_unref);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->responses_box)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      BriefingResponse *response = briefing_response_copy (g_object_get_data (G_OBJECT (row), "briefing-response"));
      const char *note = gtk_editable_get_text (g_object_get_data (G_OBJECT (row), "briefing-note"));

      briefing_response_set_party (response, briefing_item_drop_down_get_id (g_object_get_data (G_OBJECT (row), "briefing-party")));
      briefing_response_set_event (response, briefing_item_drop_down_get_id (g_object_get_data (G_OBJECT (row), "briefing-event")));
      briefing_response_set_stance (response,
                                    gtk_drop_down_get_selected (g_object_get_data (G_OBJECT (row), "briefing-stance")));
      briefing_response_set_note (response, note[0] != '\0' ? note : NULL);
      g_ptr_array_add (responses, response);
    }

  return responses;
}

gboolean
briefing_demand_editor_save (BriefingDemandEditor *self)
{
  BriefingBundle *bundle = get_bundle (self);
  BriefingDemand *original = self->demand_id != NULL ? briefing_bundle_lookup_demand (bundle, self->demand_id) : NULL;
  g_autoptr(BriefingDemand) demand = NULL;
  g_autoptr(GPtrArray) responses = NULL;
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->text_entry));
  const char *party = briefing_item_drop_down_get_id (self->party_choice);
  guint category = gtk_drop_down_get_selected (self->category_drop_down);
  gboolean saved;

  g_return_val_if_fail (BRIEFING_IS_DEMAND_EDITOR (self), FALSE);

  if (self->demand_id != NULL && original == NULL)
    {
      show_error (self, _("This demand was removed from the bundle meanwhile."));
      return FALSE;
    }

  if (original != NULL)
    demand = briefing_demand_copy (original, NULL);
  else
    {
      g_autofree char *id = briefing_document_dup_free_id (self->document, "d-", text);

      demand = briefing_demand_new (id, party, text, "other");
    }

  briefing_demand_set_party (demand, party);
  briefing_demand_set_text (demand, text);
  if (category < self->category_ids->len)
    briefing_demand_set_category (demand, self->category_ids->pdata[category]);
  briefing_demand_set_first_stated (demand, briefing_item_drop_down_get_id (self->first_stated_choice));
  briefing_demand_set_citations (demand, self->citations);
  responses = collect_responses (self);
  briefing_demand_set_responses (demand, responses);

  if (original != NULL)
    saved = briefing_document_change_demand (self->document, original, demand, &error);
  else
    saved = briefing_document_add_demand (self->document, demand, &error);

  if (!saved)
    {
      show_error (self, error->message);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_clicked (BriefingDemandEditor *self)
{
  briefing_demand_editor_save (self);
}

static void
briefing_demand_editor_dispose (GObject *object)
{
  BriefingDemandEditor *self = BRIEFING_DEMAND_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_DEMAND_EDITOR);
  g_clear_object (&self->document);
  g_clear_pointer (&self->demand_id, g_free);
  g_clear_pointer (&self->citations, g_ptr_array_unref);
  g_clear_pointer (&self->category_ids, g_ptr_array_unref);

  G_OBJECT_CLASS (briefing_demand_editor_parent_class)->dispose (object);
}

static void
briefing_demand_editor_class_init (BriefingDemandEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_demand_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-demand-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandEditor, party_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandEditor, text_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandEditor, category_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandEditor, first_stated_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandEditor, source_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandEditor, responses_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingDemandEditor, add_response_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_add_response_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
briefing_demand_editor_init (BriefingDemandEditor *self)
{
  GtkWidget *use = gtk_button_new_with_mnemonic (_("_Use Selected Words"));

  gtk_widget_init_template (GTK_WIDGET (self));

  self->citations = g_ptr_array_new_with_free_func (g_object_unref);
  self->category_ids = g_ptr_array_new_with_free_func (g_free);
  self->source_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->source_label, TRUE);
  gtk_label_set_xalign (self->source_label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->source_label), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->source_label), "dim-label");
  gtk_widget_set_valign (use, GTK_ALIGN_START);
  g_signal_connect_swapped (use, "clicked", G_CALLBACK (on_use_demand_selection_clicked), self);
  gtk_box_append (self->source_box, GTK_WIDGET (self->source_label));
  gtk_box_append (self->source_box, use);
}

/* The party and event drop-downs come from the bundle: they replace the template's placeholders. */
static GtkWidget *
replace_drop_down (GtkDropDown *placeholder,
                   GtkWidget   *drop_down)
{
  GtkWidget *grid = gtk_widget_get_parent (GTK_WIDGET (placeholder));
  int column, row, width, height;

  GtkWidget *label;

  gtk_grid_query_child (GTK_GRID (grid), GTK_WIDGET (placeholder), &column, &row, &width, &height);
  gtk_widget_set_visible (GTK_WIDGET (placeholder), FALSE);
  label = gtk_grid_get_child_at (GTK_GRID (grid), 0, row);
  if (GTK_IS_LABEL (label))
    gtk_label_set_mnemonic_widget (GTK_LABEL (label), drop_down);
  gtk_widget_set_halign (drop_down, GTK_ALIGN_START);
  gtk_grid_attach (GTK_GRID (grid), drop_down, column, row, width, height);
  return drop_down;
}

GtkWidget *
briefing_demand_editor_new (GtkWindow        *parent,
                            BriefingDocument *document,
                            BriefingDemand   *demand,
                            const char       *party_id,
                            const char       *event_id)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  BriefingDemandEditor *self;
  BriefingBundle *bundle;
  const char *category = demand != NULL ? briefing_demand_get_category (demand) : "other";
  guint selected = 0;

  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (demand == NULL || BRIEFING_IS_DEMAND (demand), NULL);

  self = g_object_new (BRIEFING_TYPE_DEMAND_EDITOR,
                       "transient-for", parent,
                       "title", demand != NULL ? _("Edit Demand") : _("New Demand"),
                       NULL);
  self->document = g_object_ref (document);
  bundle = briefing_document_get_bundle (document);

  if (demand != NULL)
    {
      GPtrArray *list = briefing_demand_get_citations (demand);

      self->demand_id = g_strdup (briefing_demand_get_id (demand));
      party_id = briefing_demand_get_party (demand);
      event_id = briefing_demand_get_first_stated (demand);
      gtk_editable_set_text (GTK_EDITABLE (self->text_entry), briefing_demand_get_text (demand));
      for (guint i = 0; i < list->len; i++)
        g_ptr_array_add (self->citations, briefing_citation_copy (list->pdata[i]));
      list = briefing_demand_get_responses (demand);
      for (guint i = 0; i < list->len; i++)
        add_response_row (self, list->pdata[i]);
    }

  /* The usual issues, and the demand's own when it has another. */
  for (guint i = 0; i < G_N_ELEMENTS (categories); i++)
    g_ptr_array_add (self->category_ids, g_strdup (categories[i]));
  if (!g_strv_contains (categories, category))
    g_ptr_array_add (self->category_ids, g_strdup (category));
  for (guint i = 0; i < self->category_ids->len; i++)
    {
      g_autofree char *label = briefing_category_label (self->category_ids->pdata[i]);

      gtk_string_list_append (labels, label);
      if (g_strcmp0 (self->category_ids->pdata[i], category) == 0)
        selected = i;
    }
  gtk_drop_down_set_model (self->category_drop_down, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->category_drop_down, selected);

  self->party_choice = replace_drop_down (self->party_drop_down,
                                          briefing_item_drop_down_new (briefing_bundle_get_parties (bundle), party_id,
                                                                       NULL, _("Party")));
  self->first_stated_choice = replace_drop_down (self->first_stated_drop_down,
                                                 briefing_item_drop_down_new (briefing_bundle_get_events (bundle),
                                                                              event_id, NULL, _("First stated")));
  update_demand_source (self);

  return GTK_WIDGET (self);
}
