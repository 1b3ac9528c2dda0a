/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-export-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "briefing-export-dialog.h"
#include "briefing-languages.h"
#include "briefing-export-form.h"

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
  GtkDropDown             *language_drop_down;
  GtkLabel                *file_label;
  BriefingExportForm      *form;
  GtkRevealer             *status_revealer;
  GtkStack                *status_stack;
  GtkLabel                *progress_label;
  GtkProgressBar          *progress_bar;
  GtkLabel                *done_label;
  GtkLabel                *error_label;

  /* Owned */
  BriefingBundle          *bundle;
  BriefingAnnotationStore *annotations;
  BriefingEvent           *selected_event;
  GSettings               *settings;
  char                    *output_path;
  char                    *exporting_path;
  char                    *last_exported_path;
  char                    *error_message;
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
      return _("Annotations, open questions and sources, with YAML front matter");
    case BRIEFING_EXPORT_PDF:
    default:
      return _("A document to read and print, every statement with its sources");
    }
}

/* A file name from the title: what the file chooser suggests. */
static char *
suggest_file_name (BriefingExportDialog *self)
{
  BriefingExportOptions options;
  g_autofree char *title = NULL;

  briefing_export_form_build_options (self->form, &options);
  title = g_strdup (options.title != NULL ? options.title : briefing_bundle_get_title (self->bundle));
  briefing_export_options_clear (&options);
  g_strdelimit (title, "/\\:*?\"<>|", '-');

  return g_strconcat (title, briefing_export_format_suffix (self->format), NULL);
}

/* The one function that decides what can be done now. */
static void
update_actions (BriefingExportDialog *self)
{
  gboolean exporting = self->state == STATE_EXPORTING;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.export",
                                 briefing_export_form_get_valid (self->form) && !exporting &&
                                 self->output_path != NULL);
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
  int progress = g_atomic_int_get (&self->progress);

  /* Nothing counted yet (a PDF is laid out before its first page is drawn): show it is working. */
  if (progress == 0)
    gtk_progress_bar_pulse (self->progress_bar);
  else
    gtk_progress_bar_set_fraction (self->progress_bar, progress / 1000.0);

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

/* Only PDF has paper; the form switches off the sections the format cannot carry. */
static void
apply_format (BriefingExportDialog *self)
{
  gboolean pdf = self->format == BRIEFING_EXPORT_PDF;

  gtk_label_set_text (self->format_description, format_description (self->format));
  gtk_widget_set_sensitive (self->paper_row, pdf);
  gtk_widget_set_tooltip_text (self->paper_row, pdf ? NULL : _("Only PDF has pages"));
  briefing_export_form_set_format (self->form, self->format);
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
remember (BriefingExportDialog        *self,
          const BriefingExportOptions *options)
{
  g_autofree char *folder = g_path_get_dirname (self->exporting_path);

  if (self->settings == NULL)
    return;

  g_settings_set_string (self->settings, "prepared-by", options->prepared_by != NULL ? options->prepared_by : "");
  g_settings_set_string (self->settings, "export-folder", folder);
  g_settings_set_string (self->settings, "export-language", options->language != NULL ? options->language : "");
}

/* The language chosen for the briefing: NULL for row 0, the interface's. */
static const char *
selected_language (BriefingExportDialog *self)
{
  guint selected = gtk_drop_down_get_selected (self->language_drop_down);
  guint n_languages;
  const BriefingLanguage *languages = briefing_languages_get (&n_languages);

  return selected >= 1 && selected <= n_languages ? languages[selected - 1].code : NULL;
}

static void
select_language (BriefingExportDialog *self,
                 const char           *code)
{
  guint n_languages;
  const BriefingLanguage *languages = briefing_languages_get (&n_languages);

  gtk_drop_down_set_selected (self->language_drop_down, 0);
  for (guint i = 0; code != NULL && i < n_languages; i++)
    if (g_str_equal (languages[i].code, code))
      gtk_drop_down_set_selected (self->language_drop_down, i + 1);
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
on_form_valid_changed (BriefingExportDialog *self,
                       GParamSpec           *pspec,
                       BriefingExportForm   *form)
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
      !briefing_export_form_build_options (self->form, &options))
    {
      briefing_export_options_clear (&options);
      return;
    }

  options.language = g_strdup (selected_language (self));
  if (options.language != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BriefingCatalog) catalog = briefing_catalog_get (options.language, &error);

      if (catalog == NULL)
        {
          set_error_message (self, error->message);
          set_state (self, STATE_FAILED);
          briefing_export_options_clear (&options);
          return;
        }
    }

  /* Composing is quick and reads the live models: here. Writing may take seconds: in a thread. */
  g_clear_pointer (&self->composition, briefing_composition_unref);
  self->composition = briefing_compose (self->bundle, self->annotations, &options);

  briefing_render_options_clear (&self->render_options);
  briefing_render_options_init (&self->render_options);
  self->render_options.paper = gtk_drop_down_get_selected (self->paper_drop_down) == 1 ? BRIEFING_PAPER_LETTER
                                                                                       : BRIEFING_PAPER_A4;
  self->render_options.author = g_strdup (options.prepared_by);

  set_string (&self->exporting_path, self->output_path);
  remember (self, &options);
  briefing_export_options_clear (&options);
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

static void
briefing_export_dialog_constructed (GObject *object)
{
  BriefingExportDialog *self = BRIEFING_EXPORT_DIALOG (object);

  G_OBJECT_CLASS (briefing_export_dialog_parent_class)->constructed (object);

  g_assert (BRIEFING_IS_BUNDLE (self->bundle));

  briefing_export_form_set_bundle (self->form, self->bundle);
  briefing_export_form_set_selected_event (self->form, self->selected_event);
  if (self->settings != NULL)
    {
      g_autofree char *prepared_by = g_settings_get_string (self->settings, "prepared-by");
      g_autofree char *language = g_settings_get_string (self->settings, "export-language");

      briefing_export_form_set_prepared_by (self->form, prepared_by);
      select_language (self, language);
    }

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

  gtk_widget_dispose_template (GTK_WIDGET (self), BRIEFING_TYPE_EXPORT_DIALOG);

  g_clear_object (&self->bundle);
  g_clear_object (&self->annotations);
  g_clear_object (&self->selected_event);
  g_clear_object (&self->settings);

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

  g_type_ensure (BRIEFING_TYPE_EXPORT_FORM);

  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, cancel_button);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, export_button);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, form_box);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, format_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, format_description);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, paper_row);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, paper_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, language_drop_down);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, file_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, form);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, status_revealer);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, status_stack);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, progress_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, done_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingExportDialog, error_label);
  gtk_widget_class_bind_template_callback (widget_class, on_format_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_form_valid_changed);

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
  self->format = BRIEFING_EXPORT_PDF;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint n_languages;
  const BriefingLanguage *languages = briefing_languages_get (&n_languages);

  briefing_render_options_init (&self->render_options);

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Each language named in itself, so a team finds theirs whatever the interface shows. */
  gtk_string_list_append (names, _("Same as the interface"));
  for (guint i = 0; i < n_languages; i++)
    gtk_string_list_append (names, languages[i].name);
  gtk_drop_down_set_model (self->language_drop_down, G_LIST_MODEL (names));
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
  g_return_val_if_fail (BRIEFING_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (options != NULL, FALSE);

  return briefing_export_form_build_options (self->form, options);
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
