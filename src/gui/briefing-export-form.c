/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-export-form"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-export-form.h"
#include "briefing-party-dot.h"

#define N_SECTIONS 7

struct _BriefingExportForm
{
  GtkWidget             parent_instance;

  /* Template widgets */
  GtkEntry             *title_entry;
  GtkEntry             *prepared_by_entry;
  GtkWidget            *summary_row;
  GtkTextView          *summary_view;
  GtkCheckButton       *section_checks[N_SECTIONS];  /* in the order of BriefingSections' bits */
  GtkWidget            *grouping_row;
  GtkDropDown          *grouping_drop_down;
  GtkCheckButton       *all_events_check;
  GtkCheckButton       *range_check;
  GtkEntry             *from_entry;
  GtkEntry             *to_entry;
  GtkWidget            *selected_event_row;
  GtkCheckButton       *selected_event_check;
  GtkLabel             *selected_event_label;
  GtkLabel             *range_message;
  GtkFlowBox           *parties_box;
  GtkLabel             *parties_message;

  /* Not owned: children of parties_box, one per party of self->parties */
  GPtrArray            *party_checks;

  /* Owned */
  BriefingBundle       *bundle;
  BriefingEvent        *selected_event;
  GPtrArray            *parties;        /* of BriefingParty, in the bundle's order */
  BriefingSections      sections;       /* as chosen, whatever the format carries */
  BriefingExportFormat  format;
  gboolean              valid;
};

G_DEFINE_FINAL_TYPE (BriefingExportForm, briefing_export_form, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BUNDLE,
  PROP_SELECTED_EVENT,
  PROP_FORMAT,
  PROP_VALID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The sections each format carries; the others are shown switched off. */
static BriefingSections
format_sections (BriefingExportFormat format)
{
  switch (format)
    {
    case BRIEFING_EXPORT_TIMELINEJS:
      return BRIEFING_SECTION_TIMELINE;
    case BRIEFING_EXPORT_MARKDOWN:
      return BRIEFING_SECTION_QUESTIONS | BRIEFING_SECTION_ANNOTATIONS | BRIEFING_SECTION_SOURCES;
    case BRIEFING_EXPORT_PDF:
    case BRIEFING_EXPORT_JSON:
    default:
      return BRIEFING_SECTION_ALL;
    }
}

/* Why a section is switched off for @format. */
static const char *
format_limits (BriefingExportFormat format)
{
  switch (format)
    {
    case BRIEFING_EXPORT_TIMELINEJS:
      return _("TimelineJS carries only the timeline");
    case BRIEFING_EXPORT_MARKDOWN:
      return _("Markdown carries only annotations, open questions and sources");
    case BRIEFING_EXPORT_PDF:
    case BRIEFING_EXPORT_JSON:
    default:
      return NULL;
    }
}

static BriefingSections
effective_sections (BriefingExportForm *self)
{
  return self->sections & format_sections (self->format);
}

/* The first and last days of the bundle's events, as the range entries first show them. */
static void
get_bundle_span (BriefingExportForm *self,
                 BriefingDate       *first,
                 BriefingDate       *last)
{
  GListModel *events = briefing_bundle_get_events (self->bundle);

  *first = (BriefingDate) { 0 };
  *last = (BriefingDate) { 0 };

  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(BriefingEvent) event = g_list_model_get_item (events, i);
      BriefingDate start = briefing_event_get_display_start (event);
      const BriefingDate *end = briefing_event_get_end (event);
      BriefingDate finish = end != NULL ? *end : start;

      start = briefing_date_coarsen (&start, BRIEFING_DATE_PRECISION_DAY);
      finish = briefing_date_coarsen (&finish, BRIEFING_DATE_PRECISION_DAY);
      if (!briefing_date_is_set (first) || briefing_date_compare (&start, first) < 0)
        *first = start;
      if (!briefing_date_is_set (last) || briefing_date_compare (&finish, last) > 0)
        *last = finish;
    }
}

/* An empty entry leaves that end of the range open. */
static gboolean
parse_date_entry (GtkEntry     *entry,
                  BriefingDate *date)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  *date = (BriefingDate) { 0 };
  return *text == '\0' || briefing_date_parse (text, date, NULL);
}

static void
mark_invalid (GtkEntry *entry,
              gboolean  invalid)
{
  if (invalid)
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                               invalid ? GTK_ACCESSIBLE_INVALID_TRUE : GTK_ACCESSIBLE_INVALID_FALSE, -1);
}

/* Reads the range and says under it what is wrong, if anything. */
static gboolean
check_range (BriefingExportForm *self,
             BriefingDate       *from,
             BriefingDate       *to)
{
  gboolean active = gtk_check_button_get_active (self->range_check);
  gboolean from_valid = parse_date_entry (self->from_entry, from);
  gboolean to_valid = parse_date_entry (self->to_entry, to);
  g_autofree char *message = NULL;

  mark_invalid (self->from_entry, active && !from_valid);
  mark_invalid (self->to_entry, active && !to_valid);

  if (!active)
    ;
  else if (!from_valid || !to_valid)
    /* Translators: %s is what the user typed as a date */
    message = g_strdup_printf (_("“%s” is not a date: write YYYY-MM-DD, YYYY-MM or YYYY."),
                               gtk_editable_get_text (GTK_EDITABLE (from_valid ? self->to_entry : self->from_entry)));
  else if (briefing_date_is_set (from) && briefing_date_is_set (to) && briefing_date_compare (from, to) > 0)
    message = g_strdup (_("The first date is after the last one."));

  gtk_label_set_text (self->range_message, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->range_message), message != NULL);

  return message == NULL;
}

static gboolean
check_parties (BriefingExportForm *self)
{
  gboolean any = self->party_checks->len == 0;

  for (guint i = 0; i < self->party_checks->len && !any; i++)
    any = gtk_check_button_get_active (self->party_checks->pdata[i]);

  gtk_label_set_text (self->parties_message, any ? "" : _("Choose at least one party."));
  gtk_widget_set_visible (GTK_WIDGET (self->parties_message), !any);

  return any;
}

/* Checks the choices, shows what is wrong, and notifies "valid" when it changes. */
static void
update_valid (BriefingExportForm *self)
{
  BriefingExportOptions options;
  gboolean valid = briefing_export_form_build_options (self, &options);

  briefing_export_options_clear (&options);

  if (valid != self->valid)
    {
      self->valid = valid;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALID]);
    }
}

/* Sections, summary and grouping follow the format: what it cannot carry is switched off, with a
 * tooltip that says why; the user's own choices come back with a format that carries them. */
static void
apply_format (BriefingExportForm *self)
{
  BriefingSections carried = format_sections (self->format);
  BriefingSections effective = effective_sections (self);

  for (guint i = 0; i < N_SECTIONS; i++)
    {
      BriefingSections section = 1 << i;
      GtkWidget *check = GTK_WIDGET (self->section_checks[i]);
      gboolean is_carried = (carried & section) != 0;

      /* Sensitivity first: on_section_toggled() counts only the toggles of sensitive checks. */
      gtk_widget_set_sensitive (check, is_carried);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), is_carried && (self->sections & section) != 0);
      gtk_widget_set_tooltip_text (check, is_carried ? NULL : format_limits (self->format));
    }

  gtk_widget_set_sensitive (self->summary_row, (effective & BRIEFING_SECTION_BOTTOM_LINE) != 0);
  gtk_widget_set_tooltip_text (self->summary_row, (effective & BRIEFING_SECTION_BOTTOM_LINE) != 0
                                                  ? NULL : _("The summary is part of the bottom line"));
  gtk_widget_set_sensitive (self->grouping_row, (effective & BRIEFING_SECTION_ANNOTATIONS) != 0);

  update_valid (self);
}

static void
on_party_toggled (BriefingExportForm *self,
                  GtkCheckButton     *check)
{
  update_valid (self);
}

static void
add_parties (BriefingExportForm *self)
{
  GListModel *parties = briefing_bundle_get_parties (self->bundle);

  for (guint i = 0; i < g_list_model_get_n_items (parties); i++)
    {
      g_autoptr(BriefingParty) party = g_list_model_get_item (parties, i);
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *label = gtk_label_new (briefing_party_get_name (party));

      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (GTK_BOX (box), briefing_party_dot_new (briefing_party_get_color (party)));
      gtk_box_append (GTK_BOX (box), label);
      gtk_check_button_set_child (GTK_CHECK_BUTTON (check), box);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (check), TRUE);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      briefing_party_get_name (party), -1);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_party_toggled), self, G_CONNECT_SWAPPED);

      gtk_flow_box_append (self->parties_box, check);
      g_ptr_array_add (self->parties, g_object_ref (party));
      g_ptr_array_add (self->party_checks, check);
    }
}

/* Callbacks */

static void
on_section_toggled (BriefingExportForm *self,
                    GtkCheckButton     *check)
{
  for (guint i = 0; i < N_SECTIONS; i++)
    if (self->section_checks[i] == check && gtk_widget_get_sensitive (GTK_WIDGET (check)))
      {
        if (gtk_check_button_get_active (check))
          self->sections |= 1 << i;
        else
          self->sections &= ~(1 << i);
        apply_format (self);
      }
}

static void
on_events_mode_toggled (BriefingExportForm *self,
                        GtkCheckButton     *check)
{
  gboolean range = gtk_check_button_get_active (self->range_check);

  gtk_widget_set_sensitive (GTK_WIDGET (self->from_entry), range);
  gtk_widget_set_sensitive (GTK_WIDGET (self->to_entry), range);
  update_valid (self);
}

static void
on_date_changed (BriefingExportForm *self,
                 GtkEditable        *editable)
{
  update_valid (self);
}

/* GObject */

static void
briefing_export_form_dispose (GObject *object)
{
  BriefingExportForm *self = BRIEFING_EXPORT_FORM (object);
  GtkWidget *child;

  g_clear_pointer (&self->party_checks, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_EXPORT_FORM);
  /* Children of the template that it does not bind are left for us to unparent. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  g_clear_object (&self->bundle);
  g_clear_object (&self->selected_event);
  g_clear_pointer (&self->parties, g_ptr_array_unref);

  G_OBJECT_CLASS (briefing_export_form_parent_class)->dispose (object);
}

static void
briefing_export_form_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  BriefingExportForm *self = BRIEFING_EXPORT_FORM (object);

  switch (prop_id)
    {
    case PROP_BUNDLE:
      g_value_set_object (value, self->bundle);
      break;
    case PROP_SELECTED_EVENT:
      g_value_set_object (value, self->selected_event);
      break;
    case PROP_FORMAT:
      g_value_set_uint (value, self->format);
      break;
    case PROP_VALID:
      g_value_set_boolean (value, self->valid);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_export_form_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BriefingExportForm *self = BRIEFING_EXPORT_FORM (object);

  switch (prop_id)
    {
    case PROP_BUNDLE:
      briefing_export_form_set_bundle (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_EVENT:
      briefing_export_form_set_selected_event (self, g_value_get_object (value));
      break;
    case PROP_FORMAT:
      briefing_export_form_set_format (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_export_form_class_init (BriefingExportFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  static const char * const section_checks[N_SECTIONS] = {
    "cover_check", "bottom_line_check", "timeline_check", "positions_check",
    "questions_check", "annotations_check", "sources_check",
  };

  object_class->dispose = briefing_export_form_dispose;
  object_class->get_property = briefing_export_form_get_property;
  object_class->set_property = briefing_export_form_set_property;

  properties[PROP_BUNDLE] =
    g_param_spec_object ("bundle", NULL, NULL, BRIEFING_TYPE_BUNDLE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_EVENT] =
    g_param_spec_object ("selected-event", NULL, NULL, BRIEFING_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* A BriefingExportFormat; the export library registers no enum type for it. */
  properties[PROP_FORMAT] =
    g_param_spec_uint ("format", NULL, NULL, BRIEFING_EXPORT_PDF, BRIEFING_EXPORT_MARKDOWN, BRIEFING_EXPORT_PDF,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_VALID] =
    g_param_spec_boolean ("valid", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BRIEFING_TYPE_PARTY_DOT);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-export-form.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingExportForm, title_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportForm, prepared_by_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportForm, summary_row);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportForm, summary_view);
  for (guint i = 0; i < N_SECTIONS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, section_checks[i], FALSE,
                                               G_STRUCT_OFFSET (BriefingExportForm, section_checks[i]));
  gtk_widget_class_bind_template_child (widget_class, BriefingExportForm, grouping_row);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportForm, grouping_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportForm, all_events_check);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportForm, range_check);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportForm, from_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportForm, to_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportForm, selected_event_row);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportForm, selected_event_check);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportForm, selected_event_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportForm, range_message);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportForm, parties_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportForm, parties_message);
  gtk_widget_class_bind_template_callback (widget_class, on_section_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_events_mode_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed);
}

static void
briefing_export_form_init (BriefingExportForm *self)
{
  self->sections = BRIEFING_SECTION_ALL;
  self->format = BRIEFING_EXPORT_PDF;
  self->parties = g_ptr_array_new_with_free_func (g_object_unref);
  self->party_checks = g_ptr_array_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  on_events_mode_toggled (self, NULL);
  apply_format (self);
}

/* Public */

GtkWidget *
briefing_export_form_new (void)
{
  return g_object_new (BRIEFING_TYPE_EXPORT_FORM, NULL);
}

BriefingBundle *
briefing_export_form_get_bundle (BriefingExportForm *self)
{
  g_return_val_if_fail (BRIEFING_IS_EXPORT_FORM (self), NULL);

  return self->bundle;
}

void
briefing_export_form_set_bundle (BriefingExportForm *self,
                                 BriefingBundle     *bundle)
{
  BriefingDate first, last;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  g_return_if_fail (BRIEFING_IS_EXPORT_FORM (self));
  g_return_if_fail (BRIEFING_IS_BUNDLE (bundle));
  g_return_if_fail (self->bundle == NULL);

  self->bundle = g_object_ref (bundle);

  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), briefing_bundle_get_title (bundle));
  get_bundle_span (self, &first, &last);
  from = briefing_date_is_set (&first) ? briefing_date_to_string (&first) : NULL;
  to = briefing_date_is_set (&last) ? briefing_date_to_string (&last) : NULL;
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), from != NULL ? from : "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), to != NULL ? to : "");
  add_parties (self);

  update_valid (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUNDLE]);
}

BriefingEvent *
briefing_export_form_get_selected_event (BriefingExportForm *self)
{
  g_return_val_if_fail (BRIEFING_IS_EXPORT_FORM (self), NULL);

  return self->selected_event;
}

void
briefing_export_form_set_selected_event (BriefingExportForm *self,
                                         BriefingEvent      *event)
{
  g_return_if_fail (BRIEFING_IS_EXPORT_FORM (self));
  g_return_if_fail (event == NULL || BRIEFING_IS_EVENT (event));

  if (!g_set_object (&self->selected_event, event))
    return;

  if (event != NULL)
    {
      /* Translators: %s is the title of the event selected in the timeline */
      g_autofree char *text = g_strdup_printf (_("Only the _selected event: %s"), briefing_event_get_title (event));

      gtk_label_set_text_with_mnemonic (self->selected_event_label, text);
      gtk_accessible_update_relation (GTK_ACCESSIBLE (self->selected_event_check),
                                      GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->selected_event_label, NULL, -1);
    }
  else if (gtk_check_button_get_active (self->selected_event_check))
    gtk_check_button_set_active (self->all_events_check, TRUE);
  gtk_widget_set_visible (self->selected_event_row, event != NULL);

  update_valid (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_EVENT]);
}

BriefingExportFormat
briefing_export_form_get_format (BriefingExportForm *self)
{
  g_return_val_if_fail (BRIEFING_IS_EXPORT_FORM (self), BRIEFING_EXPORT_PDF);

  return self->format;
}

void
briefing_export_form_set_format (BriefingExportForm   *self,
                                 BriefingExportFormat  format)
{
  g_return_if_fail (BRIEFING_IS_EXPORT_FORM (self));
  g_return_if_fail (format <= BRIEFING_EXPORT_MARKDOWN);

  if (self->format == format)
    return;

  self->format = format;
  apply_format (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORMAT]);
}

void
briefing_export_form_set_prepared_by (BriefingExportForm *self,
                                      const char         *prepared_by)
{
  g_return_if_fail (BRIEFING_IS_EXPORT_FORM (self));

  gtk_editable_set_text (GTK_EDITABLE (self->prepared_by_entry), prepared_by != NULL ? prepared_by : "");
}

gboolean
briefing_export_form_get_valid (BriefingExportForm *self)
{
  g_return_val_if_fail (BRIEFING_IS_EXPORT_FORM (self), FALSE);

  return self->valid;
}

gboolean
briefing_export_form_build_options (BriefingExportForm    *self,
                                    BriefingExportOptions *options)
{
  g_autoptr(GPtrArray) party_ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;
  g_autofree char *prepared_by = NULL;
  g_autofree char *summary = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  gboolean valid;

  g_return_val_if_fail (BRIEFING_IS_EXPORT_FORM (self), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  briefing_export_options_init (options);
  options->sections = effective_sections (self);
  valid = self->bundle != NULL && options->sections != 0;

  /* Events: all of them, a range of dates, or the one selected in the window. */
  valid &= check_range (self, &options->from, &options->to);
  if (!gtk_check_button_get_active (self->range_check))
    options->from = options->to = (BriefingDate) { 0 };
  if (gtk_check_button_get_active (self->selected_event_check) && self->selected_event != NULL)
    {
      options->event_ids = g_new0 (char *, 2);
      options->event_ids[0] = g_strdup (briefing_event_get_id (self->selected_event));
    }

  /* Parties: NULL for all of them. */
  valid &= check_parties (self);
  for (guint i = 0; i < self->party_checks->len; i++)
    if (gtk_check_button_get_active (self->party_checks->pdata[i]))
      g_ptr_array_add (party_ids, g_strdup (briefing_party_get_id (self->parties->pdata[i])));
  if (party_ids->len < self->parties->len)
    {
      g_ptr_array_add (party_ids, NULL);
      options->party_ids = (char **) g_ptr_array_free (g_steal_pointer (&party_ids), FALSE);
    }

  /* The cover; what is left empty is left to the composer. */
  title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_entry))));
  prepared_by = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->prepared_by_entry))));
  buffer = gtk_text_view_get_buffer (self->summary_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  summary = g_strstrip (gtk_text_buffer_get_text (buffer, &start, &end, FALSE));
  options->title = *title != '\0' ? g_steal_pointer (&title) : NULL;
  options->prepared_by = *prepared_by != '\0' ? g_steal_pointer (&prepared_by) : NULL;
  if ((options->sections & BRIEFING_SECTION_BOTTOM_LINE) != 0 && *summary != '\0')
    options->summary = g_steal_pointer (&summary);
  options->grouping = gtk_drop_down_get_selected (self->grouping_drop_down) == 1 ? BRIEFING_GROUP_BY_TAG
                                                                                 : BRIEFING_GROUP_BY_COLOR;

  return valid;
}
