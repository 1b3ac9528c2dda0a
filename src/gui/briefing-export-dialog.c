/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-export-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "briefing-export-dialog.h"
#include "briefing-party-dot.h"

#define N_SECTIONS 7
#define PROGRESS_INTERVAL_MS 100

typedef enum
{
  STATE_IDLE,
  STATE_EXPORTING,
  STATE_DONE,
  STATE_FAILED,
} ExportState;

struct _BriefingExportDialog
{
  GtkWindow                parent_instance;

  /* Template widgets */
  GtkButton               *cancel_button;
  GtkWidget               *export_button;
  GtkWidget               *form_box;
  GtkDropDown             *format_drop_down;
  GtkLabel                *format_description;
  GtkWidget               *paper_row;
  GtkDropDown             *paper_drop_down;
  GtkLabel                *file_label;
  GtkEntry                *title_entry;
  GtkEntry                *prepared_by_entry;
  GtkWidget               *summary_row;
  GtkTextView             *summary_view;
  GtkCheckButton          *section_checks[N_SECTIONS];  /* in the order of BriefingSections' bits */
  GtkWidget               *grouping_row;
  GtkDropDown             *grouping_drop_down;
  GtkCheckButton          *all_events_check;
  GtkCheckButton          *range_check;
  GtkEntry                *from_entry;
  GtkEntry                *to_entry;
  GtkWidget               *selected_event_row;
  GtkCheckButton          *selected_event_check;
  GtkLabel                *selected_event_label;
  GtkLabel                *range_message;
  GtkFlowBox              *parties_box;
  GtkLabel                *parties_message;
  GtkRevealer             *status_revealer;
  GtkStack                *status_stack;
  GtkLabel                *progress_label;
  GtkProgressBar          *progress_bar;
  GtkLabel                *done_label;
  GtkLabel                *error_label;

  /* Not owned: children of parties_box, one per party of self->parties */
  GPtrArray               *party_checks;

  /* Owned */
  BriefingBundle          *bundle;
  BriefingAnnotationStore *annotations;
  BriefingEvent           *selected_event;
  GSettings               *settings;
  GPtrArray               *parties;             /* of BriefingParty, in the bundle's order */
  char                    *output_path;
  char                    *exporting_path;
  char                    *last_exported_path;
  char                    *error_message;
  BriefingSections         sections;            /* as chosen, whatever the format carries */
  BriefingExportFormat     format;
  ExportState              state;

  /* While exporting */
  BriefingComposition     *composition;
  BriefingRenderOptions    render_options;
  GCancellable            *cancellable;
  guint                    progress_source;
  volatile int             progress;            /* ‰, written by the export's thread */
};

G_DEFINE_FINAL_TYPE (BriefingExportDialog, briefing_export_dialog, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_BUNDLE,
  PROP_ANNOTATIONS,
  PROP_SELECTED_EVENT,
  PROP_SETTINGS,
  PROP_OUTPUT_PATH,
  PROP_EXPORTING,
  PROP_LAST_EXPORTED_PATH,
  PROP_ERROR_MESSAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* g_set_str() is GLib 2.76. */
static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

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

static const char *
format_description (BriefingExportFormat format)
{
  switch (format)
    {
    case BRIEFING_EXPORT_JSON:
      return _("The whole briefing for other tools, annotations as W3C Web Annotations");
    case BRIEFING_EXPORT_TIMELINEJS:
      return _("The timeline of talks, for a TimelineJS page");
    case BRIEFING_EXPORT_MARKDOWN:
      return _("Open questions, highlights and notes, and sources, with YAML front matter");
    case BRIEFING_EXPORT_PDF:
    default:
      return _("A document to read and print, every statement with its sources");
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
      return _("Markdown carries only open questions, highlights and notes, and sources");
    case BRIEFING_EXPORT_PDF:
    case BRIEFING_EXPORT_JSON:
    default:
      return NULL;
    }
}

static BriefingSections
effective_sections (BriefingExportDialog *self)
{
  return self->sections & format_sections (self->format);
}

/* A file name from the title: what the file chooser suggests. */
static char *
suggest_file_name (BriefingExportDialog *self)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_entry))));

  if (*title == '\0')
    set_string (&title, _("Briefing"));
  g_strdelimit (title, "/\\:*?\"<>|", '-');

  return g_strconcat (title, briefing_export_format_suffix (self->format), NULL);
}

/* The first and last dates of the bundle's events, as the range entries show them. */
static void
get_bundle_span (BriefingExportDialog *self,
                 BriefingDate         *first,
                 BriefingDate         *last)
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
  gboolean valid;

  *date = (BriefingDate) { 0 };
  valid = *text == '\0' || briefing_date_parse (text, date, NULL);

  if (valid)
    gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
  gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                               valid ? GTK_ACCESSIBLE_INVALID_FALSE : GTK_ACCESSIBLE_INVALID_TRUE, -1);
  return valid;
}

/* Checks the range entries and says what is wrong under them; NULL message when all is well. */
static gboolean
check_range (BriefingExportDialog *self,
             BriefingDate         *from,
             BriefingDate         *to)
{
  gboolean from_valid = parse_date_entry (self->from_entry, from);
  gboolean to_valid = parse_date_entry (self->to_entry, to);
  g_autofree char *message = NULL;

  if (!gtk_check_button_get_active (self->range_check))
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->from_entry), "error");
      gtk_widget_remove_css_class (GTK_WIDGET (self->to_entry), "error");
    }
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
check_parties (BriefingExportDialog *self)
{
  gboolean any = self->party_checks->len == 0;

  for (guint i = 0; i < self->party_checks->len && !any; i++)
    any = gtk_check_button_get_active (self->party_checks->pdata[i]);

  gtk_label_set_text (self->parties_message, any ? "" : _("Choose at least one party."));
  gtk_widget_set_visible (GTK_WIDGET (self->parties_message), !any);

  return any;
}

/* The one function that decides what can be done now. */
static void
update_actions (BriefingExportDialog *self)
{
  BriefingExportOptions options;
  gboolean valid = briefing_export_dialog_build_options (self, &options);
  gboolean exporting = self->state == STATE_EXPORTING;

  briefing_export_options_clear (&options);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.export",
                                 valid && !exporting && self->output_path != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose-file", !exporting);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.open", self->last_exported_path != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.show-in-folder", self->last_exported_path != NULL);
}

static void
set_error_message (BriefingExportDialog *self,
                   const char           *message)
{
  if (set_string (&self->error_message, message))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR_MESSAGE]);
}

static gboolean
progress_tick (gpointer user_data)
{
  BriefingExportDialog *self = user_data;

  gtk_progress_bar_set_fraction (self->progress_bar, g_atomic_int_get (&self->progress) / 1000.0);

  return G_SOURCE_CONTINUE;
}

static void
set_state (BriefingExportDialog *self,
           ExportState           state)
{
  gboolean was_exporting = self->state == STATE_EXPORTING;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;

  self->state = state;
  g_clear_handle_id (&self->progress_source, g_source_remove);

  switch (state)
    {
    case STATE_EXPORTING:
      name = g_path_get_basename (self->exporting_path);
      /* Translators: %s is a file name */
      text = g_strdup_printf (_("Exporting to “%s”…"), name);
      gtk_label_set_text (self->progress_label, text);
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
      self->progress_source = g_timeout_add (PROGRESS_INTERVAL_MS, progress_tick, self);
      gtk_stack_set_visible_child_name (self->status_stack, "exporting");
      break;

    case STATE_DONE:
      name = g_path_get_basename (self->last_exported_path);
      /* Translators: %s is a file name */
      text = g_strdup_printf (_("Exported to “%s”"), name);
      gtk_label_set_text (self->done_label, text);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->done_label), self->last_exported_path);
      gtk_stack_set_visible_child_name (self->status_stack, "done");
      break;

    case STATE_FAILED:
      gtk_label_set_text (self->error_label, self->error_message);
      gtk_stack_set_visible_child_name (self->status_stack, "failed");
      break;

    case STATE_IDLE:
    default:
      break;
    }

  gtk_widget_remove_css_class (GTK_WIDGET (self->status_stack), "done");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_stack), "failed");
  if (state == STATE_DONE || state == STATE_FAILED)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_stack), state == STATE_DONE ? "done" : "failed");
  gtk_revealer_set_reveal_child (self->status_revealer, state != STATE_IDLE);
  gtk_widget_set_sensitive (self->form_box, state != STATE_EXPORTING);
  gtk_button_set_label (self->cancel_button, state == STATE_DONE ? _("_Close") : _("_Cancel"));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->cancel_button),
                               state == STATE_EXPORTING ? _("Stop exporting") : NULL);

  if (was_exporting != (state == STATE_EXPORTING))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPORTING]);
  update_actions (self);
}

/* Sections, summary, grouping and paper follow the format: what it cannot carry is switched off,
 * with a tooltip that says why; the user's own choices come back with a format that carries them. */
static void
apply_format (BriefingExportDialog *self)
{
  BriefingSections carried = format_sections (self->format);
  BriefingSections effective = effective_sections (self);
  const char *limits = format_limits (self->format);

  gtk_label_set_text (self->format_description, format_description (self->format));
  gtk_widget_set_sensitive (self->paper_row, self->format == BRIEFING_EXPORT_PDF);
  gtk_widget_set_tooltip_text (self->paper_row,
                               self->format == BRIEFING_EXPORT_PDF ? NULL : _("Only PDF has pages"));

  for (guint i = 0; i < N_SECTIONS; i++)
    {
      BriefingSections section = 1 << i;
      GtkWidget *check = GTK_WIDGET (self->section_checks[i]);

      /* Insensitive first, so the toggle that follows does not count as the user's choice. */
      if ((carried & section) == 0)
        {
          gtk_widget_set_sensitive (check, FALSE);
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), FALSE);
          gtk_widget_set_tooltip_text (check, limits);
        }
      else
        {
          gtk_widget_set_sensitive (check, TRUE);
          gtk_check_button_set_active (GTK_CHECK_BUTTON (check), (self->sections & section) != 0);
          gtk_widget_set_tooltip_text (check, NULL);
        }
    }

  gtk_widget_set_sensitive (self->summary_row, (effective & BRIEFING_SECTION_BOTTOM_LINE) != 0);
  gtk_widget_set_tooltip_text (self->summary_row, (effective & BRIEFING_SECTION_BOTTOM_LINE) != 0
                                                  ? NULL : _("The summary is part of the bottom line"));
  gtk_widget_set_sensitive (self->grouping_row, (effective & BRIEFING_SECTION_ANNOTATIONS) != 0);

  update_actions (self);
}

static void
update_file_label (BriefingExportDialog *self)
{
  if (self->output_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (self->output_path);
      g_autofree char *display = g_file_get_parse_name (file);

      gtk_label_set_text (self->file_label, display);
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->file_label), display);
    }
  else
    {
      gtk_label_set_text (self->file_label, _("No file chosen"));
      gtk_widget_set_tooltip_text (GTK_WIDGET (self->file_label), NULL);
    }
}

static void
remember (BriefingExportDialog *self)
{
  g_autofree char *prepared_by = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->prepared_by_entry))));
  g_autofree char *folder = g_path_get_dirname (self->exporting_path);

  if (self->settings == NULL)
    return;

  g_settings_set_string (self->settings, "prepared-by", prepared_by);
  g_settings_set_string (self->settings, "export-folder", folder);
}

/* Callbacks */

static void
write_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(BriefingExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean written = briefing_export_write_finish (result, &error);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->composition, briefing_composition_unref);
  briefing_render_options_clear (&self->render_options);

  /* Closed while exporting: the export was cancelled and nobody is looking. */
  if (self->status_stack == NULL)
    {
      self->state = STATE_IDLE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPORTING]);
      return;
    }

  if (written)
    {
      set_string (&self->last_exported_path, self->exporting_path);
      set_error_message (self, NULL);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST_EXPORTED_PATH]);
      set_state (self, STATE_DONE);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      set_state (self, STATE_IDLE);
    }
  else
    {
      g_autofree char *name = g_path_get_basename (self->exporting_path);
      /* Translators: the first %s is a file name, the second says what went wrong */
      g_autofree char *message = g_strdup_printf (_("“%s” could not be written: %s"), name, error->message);

      set_error_message (self, message);
      set_state (self, STATE_FAILED);
    }
}

static void
on_format_changed (BriefingExportDialog *self,
                   GParamSpec           *pspec,
                   GtkDropDown          *drop_down)
{
  BriefingExportFormat format = gtk_drop_down_get_selected (drop_down);
  const char *old_suffix = briefing_export_format_suffix (self->format);

  if (format == self->format)
    return;

  /* A chosen file keeps its name and takes the new format's ending. */
  if (self->output_path != NULL && g_str_has_suffix (self->output_path, old_suffix))
    {
      g_autofree char *stem = g_strndup (self->output_path, strlen (self->output_path) - strlen (old_suffix));
      g_autofree char *path = g_strconcat (stem, briefing_export_format_suffix (format), NULL);

      self->format = format;
      briefing_export_dialog_set_output_path (self, path);
    }

  self->format = format;
  apply_format (self);
}

static void
on_section_toggled (BriefingExportDialog *self,
                    GtkCheckButton       *check)
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
on_events_mode_toggled (BriefingExportDialog *self,
                        GtkCheckButton       *check)
{
  gboolean range = gtk_check_button_get_active (self->range_check);

  gtk_widget_set_sensitive (GTK_WIDGET (self->from_entry), range);
  gtk_widget_set_sensitive (GTK_WIDGET (self->to_entry), range);
  update_actions (self);
}

static void
on_date_changed (BriefingExportDialog *self,
                 GtkEditable          *editable)
{
  update_actions (self);
}

static void
on_party_toggled (BriefingExportDialog *self,
                  GtkCheckButton       *check)
{
  update_actions (self);
}

static void
file_chooser_response_cb (GtkNativeDialog      *chooser,
                          int                   response,
                          BriefingExportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        briefing_export_dialog_set_output_path (self, path);
    }

  g_object_unref (chooser);
}

/* Actions */

static void
choose_file_activated (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BriefingExportDialog *self = BRIEFING_EXPORT_DIALOG (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = suggest_file_name (self);
  g_autofree char *remembered = self->settings != NULL ? g_settings_get_string (self->settings, "export-folder") : NULL;
  const char *suffix = briefing_export_format_suffix (self->format);
  g_autofree char *pattern = g_strconcat ("*", suffix, NULL);

  chooser = gtk_file_chooser_native_new (_("Export Briefing"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));

  if (self->output_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (self->output_path);

      folder = g_file_get_parent (file);
    }
  else if (remembered != NULL && *remembered != '\0' && g_file_test (remembered, G_FILE_TEST_IS_DIR))
    folder = g_file_new_for_path (remembered);
  else if (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS) != NULL)
    folder = g_file_new_for_path (g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS));
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);

  gtk_file_filter_set_name (filter, gtk_string_object_get_string (gtk_drop_down_get_selected_item (self->format_drop_down)));
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  g_signal_connect_object (chooser, "response", G_CALLBACK (file_chooser_response_cb), self, 0);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BriefingExportDialog *self = BRIEFING_EXPORT_DIALOG (widget);
  BriefingExportOptions options;

  if (self->state == STATE_EXPORTING || self->output_path == NULL ||
      !briefing_export_dialog_build_options (self, &options))
    {
      briefing_export_options_clear (&options);
      return;
    }

  /* Composing is quick and reads the live models: here. Writing may take seconds: in a thread. */
  g_clear_pointer (&self->composition, briefing_composition_unref);
  self->composition = briefing_compose (self->bundle, self->annotations, &options);

  briefing_render_options_clear (&self->render_options);
  briefing_render_options_init (&self->render_options);
  self->render_options.paper = gtk_drop_down_get_selected (self->paper_drop_down) == 1 ? BRIEFING_PAPER_LETTER
                                                                                       : BRIEFING_PAPER_A4;
  self->render_options.author = g_strdup (options.prepared_by);
  briefing_export_options_clear (&options);

  set_string (&self->exporting_path, self->output_path);
  remember (self);
  set_error_message (self, NULL);

  self->cancellable = g_cancellable_new ();
  g_atomic_int_set (&self->progress, 0);
  set_state (self, STATE_EXPORTING);
  briefing_export_write_async (self->composition, self->format, &self->render_options, self->exporting_path,
                               &self->progress, self->cancellable, write_cb, g_object_ref (self));
}

static void
cancel_activated (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  BriefingExportDialog *self = BRIEFING_EXPORT_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
open_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BriefingExportDialog *self = BRIEFING_EXPORT_DIALOG (widget);
  g_autoptr(GFile) file = g_file_new_for_path (self->last_exported_path);
  g_autoptr(GFile) folder = NULL;
  g_autofree char *uri = NULL;

  if (g_str_equal (action_name, "export.show-in-folder"))
    folder = g_file_get_parent (file);
  uri = g_file_get_uri (folder != NULL ? folder : file);

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}

/* Setting up */

static void
add_parties (BriefingExportDialog *self)
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

static void
briefing_export_dialog_constructed (GObject *object)
{
  BriefingExportDialog *self = BRIEFING_EXPORT_DIALOG (object);
  BriefingDate first, last;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  G_OBJECT_CLASS (briefing_export_dialog_parent_class)->constructed (object);

  g_assert (BRIEFING_IS_BUNDLE (self->bundle));

  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), briefing_bundle_get_title (self->bundle));
  if (self->settings != NULL)
    {
      g_autofree char *prepared_by = g_settings_get_string (self->settings, "prepared-by");

      gtk_editable_set_text (GTK_EDITABLE (self->prepared_by_entry), prepared_by);
    }

  get_bundle_span (self, &first, &last);
  from = briefing_date_is_set (&first) ? briefing_date_to_string (&first) : NULL;
  to = briefing_date_is_set (&last) ? briefing_date_to_string (&last) : NULL;
  gtk_editable_set_text (GTK_EDITABLE (self->from_entry), from != NULL ? from : "");
  gtk_editable_set_text (GTK_EDITABLE (self->to_entry), to != NULL ? to : "");

  if (self->selected_event != NULL)
    {
      /* Translators: %s is the title of the event selected in the timeline */
      g_autofree char *text = g_strdup_printf (_("Only the _selected event: %s"),
                                               briefing_event_get_title (self->selected_event));

      gtk_label_set_text_with_mnemonic (self->selected_event_label, text);
      gtk_widget_set_visible (self->selected_event_row, TRUE);
    }

  add_parties (self);
  on_events_mode_toggled (self, NULL);
  apply_format (self);
  set_state (self, STATE_IDLE);
}

/* GObject */

static gboolean
briefing_export_dialog_close_request (GtkWindow *window)
{
  BriefingExportDialog *self = BRIEFING_EXPORT_DIALOG (window);

  /* Closing stops the export; the writer leaves no half-written file. */
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (briefing_export_dialog_parent_class)->close_request (window);
}

static void
briefing_export_dialog_dispose (GObject *object)
{
  BriefingExportDialog *self = BRIEFING_EXPORT_DIALOG (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_pointer (&self->party_checks, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_EXPORT_DIALOG);

  g_clear_object (&self->bundle);
  g_clear_object (&self->annotations);
  g_clear_object (&self->selected_event);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->parties, g_ptr_array_unref);

  G_OBJECT_CLASS (briefing_export_dialog_parent_class)->dispose (object);
}

static void
briefing_export_dialog_finalize (GObject *object)
{
  BriefingExportDialog *self = BRIEFING_EXPORT_DIALOG (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->composition, briefing_composition_unref);
  briefing_render_options_clear (&self->render_options);
  g_free (self->output_path);
  g_free (self->exporting_path);
  g_free (self->last_exported_path);
  g_free (self->error_message);

  G_OBJECT_CLASS (briefing_export_dialog_parent_class)->finalize (object);
}

static void
briefing_export_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  BriefingExportDialog *self = BRIEFING_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_BUNDLE:
      g_value_set_object (value, self->bundle);
      break;
    case PROP_ANNOTATIONS:
      g_value_set_object (value, self->annotations);
      break;
    case PROP_SELECTED_EVENT:
      g_value_set_object (value, self->selected_event);
      break;
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    case PROP_OUTPUT_PATH:
      g_value_set_string (value, self->output_path);
      break;
    case PROP_EXPORTING:
      g_value_set_boolean (value, self->state == STATE_EXPORTING);
      break;
    case PROP_LAST_EXPORTED_PATH:
      g_value_set_string (value, self->last_exported_path);
      break;
    case PROP_ERROR_MESSAGE:
      g_value_set_string (value, self->error_message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_export_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  BriefingExportDialog *self = BRIEFING_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_BUNDLE:
      self->bundle = g_value_dup_object (value);
      break;
    case PROP_ANNOTATIONS:
      self->annotations = g_value_dup_object (value);
      break;
    case PROP_SELECTED_EVENT:
      self->selected_event = g_value_dup_object (value);
      break;
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;
    case PROP_OUTPUT_PATH:
      briefing_export_dialog_set_output_path (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
briefing_export_dialog_class_init (BriefingExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);
  static const char * const section_checks[N_SECTIONS] = {
    "cover_check", "bottom_line_check", "timeline_check", "positions_check",
    "questions_check", "annotations_check", "sources_check",
  };

  object_class->constructed = briefing_export_dialog_constructed;
  object_class->dispose = briefing_export_dialog_dispose;
  object_class->finalize = briefing_export_dialog_finalize;
  object_class->get_property = briefing_export_dialog_get_property;
  object_class->set_property = briefing_export_dialog_set_property;
  window_class->close_request = briefing_export_dialog_close_request;

  properties[PROP_BUNDLE] =
    g_param_spec_object ("bundle", NULL, NULL, BRIEFING_TYPE_BUNDLE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANNOTATIONS] =
    g_param_spec_object ("annotations", NULL, NULL, BRIEFING_TYPE_ANNOTATION_STORE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_EVENT] =
    g_param_spec_object ("selected-event", NULL, NULL, BRIEFING_TYPE_EVENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTPUT_PATH] =
    g_param_spec_string ("output-path", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXPORTING] =
    g_param_spec_boolean ("exporting", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LAST_EXPORTED_PATH] =
    g_param_spec_string ("last-exported-path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BRIEFING_TYPE_PARTY_DOT);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, form_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, format_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, format_description);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, paper_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, title_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, prepared_by_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, summary_row);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, summary_view);
  for (guint i = 0; i < N_SECTIONS; i++)
    gtk_widget_class_bind_template_child_full (widget_class, section_checks[i], FALSE,
                                               G_STRUCT_OFFSET (BriefingExportDialog, section_checks[i]));
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, grouping_row);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, grouping_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, all_events_check);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, range_check);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, from_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, to_entry);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, selected_event_row);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, selected_event_check);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, selected_event_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, range_message);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, parties_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, parties_message);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, status_revealer);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, status_stack);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, done_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_format_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_section_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_events_mode_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_date_changed);

  gtk_widget_class_install_action (widget_class, "export.export", NULL, export_activated);
  gtk_widget_class_install_action (widget_class, "export.cancel", NULL, cancel_activated);
  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, choose_file_activated);
  gtk_widget_class_install_action (widget_class, "export.open", NULL, open_activated);
  gtk_widget_class_install_action (widget_class, "export.show-in-folder", NULL, open_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "export.cancel", NULL);
}

static void
briefing_export_dialog_init (BriefingExportDialog *self)
{
  self->sections = BRIEFING_SECTION_ALL;
  self->format = BRIEFING_EXPORT_PDF;
  self->parties = g_ptr_array_new_with_free_func (g_object_unref);
  self->party_checks = g_ptr_array_new ();
  briefing_render_options_init (&self->render_options);

  gtk_widget_init_template (GTK_WIDGET (self));
}

/* Public */

BriefingExportDialog *
briefing_export_dialog_new (GtkWindow               *parent,
                            BriefingBundle          *bundle,
                            BriefingAnnotationStore *annotations,
                            BriefingEvent           *selected_event,
                            GSettings               *settings)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (BRIEFING_IS_BUNDLE (bundle), NULL);
  g_return_val_if_fail (annotations == NULL || BRIEFING_IS_ANNOTATION_STORE (annotations), NULL);
  g_return_val_if_fail (selected_event == NULL || BRIEFING_IS_EVENT (selected_event), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (BRIEFING_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "bundle", bundle,
                       "annotations", annotations,
                       "selected-event", selected_event,
                       "settings", settings,
                       NULL);
}

BriefingExportFormat
briefing_export_dialog_get_format (BriefingExportDialog *self)
{
  g_return_val_if_fail (BRIEFING_IS_EXPORT_DIALOG (self), BRIEFING_EXPORT_PDF);

  return self->format;
}

void
briefing_export_dialog_set_format (BriefingExportDialog *self,
                                   BriefingExportFormat  format)
{
  g_return_if_fail (BRIEFING_IS_EXPORT_DIALOG (self));
  g_return_if_fail (format <= BRIEFING_EXPORT_MARKDOWN);

  gtk_drop_down_set_selected (self->format_drop_down, format);
}

const char *
briefing_export_dialog_get_output_path (BriefingExportDialog *self)
{
  g_return_val_if_fail (BRIEFING_IS_EXPORT_DIALOG (self), NULL);

  return self->output_path;
}

void
briefing_export_dialog_set_output_path (BriefingExportDialog *self,
                                        const char           *path)
{
  g_return_if_fail (BRIEFING_IS_EXPORT_DIALOG (self));

  if (!set_string (&self->output_path, path))
    return;

  update_file_label (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTPUT_PATH]);
}

gboolean
briefing_export_dialog_build_options (BriefingExportDialog  *self,
                                      BriefingExportOptions *options)
{
  g_autoptr(GPtrArray) party_ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *title = NULL;
  g_autofree char *prepared_by = NULL;
  g_autofree char *summary = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  gboolean valid;

  g_return_val_if_fail (BRIEFING_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  briefing_export_options_init (options);
  options->sections = effective_sections (self);
  valid = options->sections != 0;

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

  /* The cover; empty fields are left to the composer. */
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

gboolean
briefing_export_dialog_get_exporting (BriefingExportDialog *self)
{
  g_return_val_if_fail (BRIEFING_IS_EXPORT_DIALOG (self), FALSE);

  return self->state == STATE_EXPORTING;
}

const char *
briefing_export_dialog_get_last_exported_path (BriefingExportDialog *self)
{
  g_return_val_if_fail (BRIEFING_IS_EXPORT_DIALOG (self), NULL);

  return self->last_exported_path;
}

const char *
briefing_export_dialog_get_error_message (BriefingExportDialog *self)
{
  g_return_val_if_fail (BRIEFING_IS_EXPORT_DIALOG (self), NULL);

  return self->error_message;
}
