/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-event-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-bundle-edit.h"
#include "briefing-edit-widgets.h"
#include "briefing-event-editor.h"
#include "briefing-labels.h"
#include "briefing-window.h"

struct _BriefingEventEditor
{
  GtkWindow         parent_instance;

  /* Template widgets */
  GtkLabel         *error_label;
  GtkEntry         *title_entry;
  GtkDropDown      *kind_drop_down;
  GtkEntry         *start_entry;
  GtkDropDown      *precision_drop_down;
  GtkEntry         *end_entry;
  GtkEntry         *location_entry;
  GtkFlowBox       *participants_box;
  GtkFlowBox       *mediators_box;
  GtkBox           *outcomes_box;
  GtkButton        *add_outcome_button;

  /* Owned */
  BriefingDocument *document;
  char             *event_id;  /* NULL for a new event */
};

G_DEFINE_FINAL_TYPE (BriefingEventEditor, briefing_event_editor, GTK_TYPE_WINDOW)

/* The precision choices: as the date is written, then each precision. */
static const char *
precision_label (int index)
{
  switch (index)
    {
    /* Translators: a choice of an event's date precision: the precision the date gives */
    case 0: return C_("precision", "As written");
    /* Translators: the date precision "year": only the year is known */
    case 1: return C_("precision", "Year");
    case 2: return C_("precision", "Month");
    case 3: return C_("precision", "Day");
    /* Translators: the date precision "exact": a date and time */
    default: return C_("precision", "Exact time");
    }
}

static void
show_error (BriefingEventEditor *self,
            const char          *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/* Parties */

static void
fill_parties (GtkFlowBox     *box,
              BriefingBundle *bundle,
              GPtrArray      *checked)
{
  GListModel *parties = briefing_bundle_get_parties (bundle);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(BriefingParty) party = g_list_model_get_item (parties, i);
      GtkWidget *check = gtk_check_button_new_with_label (briefing_party_get_name (party));
      gboolean active = FALSE;

      for (guint j = 0; checked != NULL && j < checked->len; j++)
        active |= g_strcmp0 (checked->pdata[j], briefing_party_get_id (party)) == 0;
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
      g_object_set_data_full (G_OBJECT (check), "briefing-party-id", g_strdup (briefing_party_get_id (party)), g_free);
      gtk_flow_box_append (box, check);
    }
}

static GStrv
dup_checked (GtkFlowBox *box)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *check = gtk_flow_box_child_get_child (GTK_FLOW_BOX_CHILD (child));

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
        g_strv_builder_add (ids, g_object_get_data (G_OBJECT (check), "briefing-party-id"));
    }

  return g_strv_builder_end (ids);
}

/* Outcomes: each row keeps a copy of its outcome, whose source it changes in place. */

static void
update_source_label (BriefingEventEditor *self,
                     GtkWidget           *row)
{
  BriefingOutcome *outcome = g_object_get_data (G_OBJECT (row), "briefing-outcome");
  GtkLabel *label = g_object_get_data (G_OBJECT (row), "briefing-source-label");
  g_autofree char *text = briefing_citation_describe (briefing_document_get_bundle (self->document),
                                                      briefing_outcome_get_citations (outcome));

  gtk_label_set_text (label, text);
}

static void
on_use_selection_clicked (GtkButton *button,
                          GtkWidget *row)
{
  BriefingEventEditor *self = BRIEFING_EVENT_EDITOR (gtk_widget_get_root (GTK_WIDGET (button)));
  BriefingOutcome *outcome = g_object_get_data (G_OBJECT (row), "briefing-outcome");
  GtkWindow *window = gtk_window_get_transient_for (GTK_WINDOW (self));
  g_autoptr(BriefingCitation) citation = NULL;
  g_autoptr(GPtrArray) citations = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;

  citation = BRIEFING_IS_WINDOW (window) ? briefing_window_dup_selected_citation (BRIEFING_WINDOW (window), &error)
                                         : NULL;
  if (citation == NULL)
    {
      show_error (self, error != NULL ? error->message : _("Select words in an article first."));
      return;
    }

  g_ptr_array_add (citations, citation);
  briefing_outcome_set_citations (outcome, citations);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);
  update_source_label (self, row);
}

static void
on_remove_outcome_clicked (GtkButton *button,
                           GtkWidget *row)
{
  gtk_box_remove (GTK_BOX (gtk_widget_get_parent (row)), row);
}

static void
add_outcome_row (BriefingEventEditor *self,
                 BriefingOutcome     *outcome)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *source = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *status = briefing_enum_drop_down_new ((BriefingLabelFunc) briefing_outcome_status_label,
                                                   BRIEFING_OUTCOME_STATUS_PENDING + 1,
                                                   briefing_outcome_get_status (outcome), _("Status"));
  GtkWidget *remove = gtk_button_new_from_icon_name ("list-remove-symbolic");
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *use = gtk_button_new_with_mnemonic (_("_Use Selected Words"));

  gtk_widget_add_css_class (row, "editor-item");
  gtk_widget_set_hexpand (entry, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (entry), briefing_outcome_get_text (outcome));
  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("What came of the event"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Outcome"), -1);
  gtk_widget_set_tooltip_text (remove, _("Remove this outcome"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Remove this outcome"), -1);
  gtk_widget_add_css_class (remove, "flat");
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_set_valign (use, GTK_ALIGN_START);

  gtk_box_append (GTK_BOX (line), entry);
  gtk_box_append (GTK_BOX (line), status);
  gtk_box_append (GTK_BOX (line), remove);
  gtk_box_append (GTK_BOX (source), label);
  gtk_box_append (GTK_BOX (source), use);
  gtk_box_append (GTK_BOX (row), line);
  gtk_box_append (GTK_BOX (row), source);

  g_object_set_data_full (G_OBJECT (row), "briefing-outcome", briefing_outcome_copy (outcome), g_object_unref);
  g_object_set_data (G_OBJECT (row), "briefing-text-entry", entry);
  g_object_set_data (G_OBJECT (row), "briefing-status", status);
  g_object_set_data (G_OBJECT (row), "briefing-source-label", label);
  g_signal_connect (use, "clicked", G_CALLBACK (on_use_selection_clicked), row);
  g_signal_connect (remove, "clicked", G_CALLBACK (on_remove_outcome_clicked), row);

  gtk_box_append (self->outcomes_box, row);
  update_source_label (self, row);
}

static void
on_add_outcome_clicked (BriefingEventEditor *self)
{
  g_autoptr(BriefingOutcome) outcome = briefing_outcome_new ("", BRIEFING_OUTCOME_STATUS_AGREED);
  GtkWidget *last;

  add_outcome_row (self, outcome);
  last = gtk_widget_get_last_child (GTK_WIDGET (self->outcomes_box));
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (last), "briefing-text-entry"));
}

static GPtrArray *
collect_outcomes (BriefingEventEditor *self)
{
  GPtrArray *outcomes = g_ptr_array_new_with_free_func (g_object_unref);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->outcomes_box)); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      BriefingOutcome *outcome = briefing_outcome_copy (g_object_get_data (G_OBJECT (row), "briefing-outcome"));
      GtkEditable *entry = g_object_get_data (G_OBJECT (row), "briefing-text-entry");
      GtkDropDown *status = g_object_get_data (G_OBJECT (row), "briefing-status");

      briefing_outcome_set_text (outcome, gtk_editable_get_text (entry));
      briefing_outcome_set_status (outcome, gtk_drop_down_get_selected (status));
      g_ptr_array_add (outcomes, outcome);
    }

  return outcomes;
}

/* Saving */

static gboolean
read_date (BriefingEventEditor *self,
           GtkEntry            *entry,
           BriefingDate        *date,
           gboolean            *present)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autoptr(GError) error = NULL;

  *present = text[0] != '\0';
  if (!*present)
    return TRUE;

  if (!briefing_date_parse (text, date, &error) && !briefing_date_parse_date_time (text, date, NULL))
    {
      /* Translators: %s is the date as the user typed it */
      g_autofree char *message = g_strdup_printf (_("“%s” is not a date: write it as 2025-06-02, 2025-06 or 2025"),
                                                  text);

      show_error (self, message);
      gtk_widget_grab_focus (GTK_WIDGET (entry));
      return FALSE;
    }

  return TRUE;
}

gboolean
briefing_event_editor_save (BriefingEventEditor *self)
{
  BriefingBundle *bundle = briefing_document_get_bundle (self->document);
  BriefingEvent *original = self->event_id != NULL ? briefing_bundle_lookup_event (bundle, self->event_id) : NULL;
  g_autoptr(BriefingEvent) event = NULL;
  g_autoptr(GPtrArray) outcomes = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) participants = NULL;
  g_auto(GStrv) mediators = NULL;
  const char *title = gtk_editable_get_text (GTK_EDITABLE (self->title_entry));
  const char *location = gtk_editable_get_text (GTK_EDITABLE (self->location_entry));
  BriefingDate start = { 0 }, end = { 0 };
  gboolean has_start, has_end, saved;
  guint precision;

  g_return_val_if_fail (BRIEFING_IS_EVENT_EDITOR (self), FALSE);

  if (self->event_id != NULL && original == NULL)
    {
      show_error (self, _("This event was removed from the bundle meanwhile."));
      return FALSE;
    }
  if (!read_date (self, self->start_entry, &start, &has_start) || !read_date (self, self->end_entry, &end, &has_end))
    return FALSE;

  if (original != NULL)
    event = briefing_event_copy (original, NULL);
  else
    {
      g_autofree char *id = briefing_document_dup_free_id (self->document, NULL, title);

      event = briefing_event_new (id, BRIEFING_EVENT_KIND_TALKS, title, &start);
    }

  briefing_event_set_title (event, title);
  briefing_event_set_kind (event, gtk_drop_down_get_selected (self->kind_drop_down));
  briefing_event_set_start (event, has_start ? &start : &(BriefingDate) { 0 });
  briefing_event_set_end (event, has_end ? &end : NULL);
  precision = gtk_drop_down_get_selected (self->precision_drop_down);
  if (precision == 0)
    briefing_event_unset_precision (event);
  else
    briefing_event_set_precision (event, precision - 1);
  briefing_event_set_location (event, location[0] != '\0' ? location : NULL);
  participants = dup_checked (self->participants_box);
  mediators = dup_checked (self->mediators_box);
  briefing_event_set_participants (event, (const char * const *) participants);
  briefing_event_set_mediators (event, (const char * const *) mediators);
  outcomes = collect_outcomes (self);
  briefing_event_set_outcomes (event, outcomes);

  if (original != NULL)
    saved = briefing_document_change_event (self->document, original, event, &error);
  else
    saved = briefing_document_add_event (self->document, event, &error);

  if (!saved)
    {
      show_error (self, error->message);
      return FALSE;
    }

  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_save_clicked (BriefingEventEditor *self)
{
  briefing_event_editor_save (self);
}

static void
briefing_event_editor_dispose (GObject *object)
{
  BriefingEventEditor *self = BRIEFING_EVENT_EDITOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_EVENT_EDITOR);
  g_clear_object (&self->document);
  g_clear_pointer (&self->event_id, g_free);

  G_OBJECT_CLASS (briefing_event_editor_parent_class)->dispose (object);
}

static void
briefing_event_editor_class_init (BriefingEventEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_event_editor_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-event-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingEventEditor, error_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventEditor, title_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventEditor, kind_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventEditor, start_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventEditor, precision_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventEditor, end_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventEditor, location_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventEditor, participants_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventEditor, mediators_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventEditor, outcomes_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingEventEditor, add_outcome_button);
  gtk_widget_class_bind_template_callback (widget_class, on_save_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_add_outcome_clicked);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
briefing_event_editor_init (BriefingEventEditor *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) precisions = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  for (guint i = BRIEFING_EVENT_KIND_TALKS; i <= BRIEFING_EVENT_KIND_OTHER; i++)
    gtk_string_list_append (kinds, briefing_event_kind_label (i));
  gtk_drop_down_set_model (self->kind_drop_down, G_LIST_MODEL (kinds));
  for (guint i = 0; i <= BRIEFING_DATE_PRECISION_EXACT + 1; i++)
    gtk_string_list_append (precisions, precision_label (i));
  gtk_drop_down_set_model (self->precision_drop_down, G_LIST_MODEL (precisions));
}

GtkWidget *
briefing_event_editor_new (GtkWindow        *parent,
                           BriefingDocument *document,
                           BriefingEvent    *event)
{
  BriefingBundle *bundle;
  BriefingEventEditor *self;

  g_return_val_if_fail (BRIEFING_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (event == NULL || BRIEFING_IS_EVENT (event), NULL);

  self = g_object_new (BRIEFING_TYPE_EVENT_EDITOR,
                       "transient-for", parent,
                       "title", event != NULL ? _("Edit Event") : _("New Event"),
                       NULL);
  self->document = g_object_ref (document);
  bundle = briefing_document_get_bundle (document);

  if (event != NULL)
    {
      g_autofree char *start = briefing_date_to_string (briefing_event_get_start (event));
      GPtrArray *outcomes = briefing_event_get_outcomes (event);

      self->event_id = g_strdup (briefing_event_get_id (event));
      gtk_editable_set_text (GTK_EDITABLE (self->title_entry), briefing_event_get_title (event));
      gtk_drop_down_set_selected (self->kind_drop_down, briefing_event_get_kind (event));
      gtk_editable_set_text (GTK_EDITABLE (self->start_entry), start);
      if (briefing_event_has_explicit_precision (event))
        gtk_drop_down_set_selected (self->precision_drop_down, briefing_event_get_precision (event) + 1);
      if (briefing_event_get_end (event) != NULL)
        {
          g_autofree char *end = briefing_date_to_string (briefing_event_get_end (event));

          gtk_editable_set_text (GTK_EDITABLE (self->end_entry), end);
        }
      if (briefing_event_get_location (event) != NULL)
        gtk_editable_set_text (GTK_EDITABLE (self->location_entry), briefing_event_get_location (event));
      for (guint i = 0; i < outcomes->len; i++)
        add_outcome_row (self, outcomes->pdata[i]);
    }

  fill_parties (self->participants_box, bundle, event != NULL ? briefing_event_get_participants (event) : NULL);
  fill_parties (self->mediators_box, bundle, event != NULL ? briefing_event_get_mediators (event) : NULL);

  return GTK_WIDGET (self);
}
