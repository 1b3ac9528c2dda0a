/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "briefing-problems-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "briefing-fetcher.h"
#include "briefing-problem.h"
#include "briefing-problems-dialog.h"

struct _BriefingProblemsDialog
{
  GtkWindow    parent_instance;

  /* Template widgets */
  GtkLabel    *summary_label;
  GtkTextView *text_view;

  /* Owned */
  char        *text;
};

G_DEFINE_FINAL_TYPE (BriefingProblemsDialog, briefing_problems_dialog, GTK_TYPE_WINDOW)

static void
copy_activated (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BriefingProblemsDialog *self = BRIEFING_PROBLEMS_DIALOG (widget);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), self->text);
}

static void
briefing_problems_dialog_finalize (GObject *object)
{
  BriefingProblemsDialog *self = BRIEFING_PROBLEMS_DIALOG (object);

  g_free (self->text);

  G_OBJECT_CLASS (briefing_problems_dialog_parent_class)->finalize (object);
}

static void
briefing_problems_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BRIEFING_TYPE_PROBLEMS_DIALOG);

  G_OBJECT_CLASS (briefing_problems_dialog_parent_class)->dispose (object);
}

static void
briefing_problems_dialog_class_init (BriefingProblemsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = briefing_problems_dialog_dispose;
  object_class->finalize = briefing_problems_dialog_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/briefing/Briefing/briefing-problems-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BriefingProblemsDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BriefingProblemsDialog, text_view);

  gtk_widget_class_install_action (widget_class, "problems.copy", NULL, copy_activated);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
briefing_problems_dialog_init (BriefingProblemsDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

BriefingProblemsDialog *
briefing_problems_dialog_new (GtkWindow *parent,
                              GFile     *file,
                              GPtrArray *problems)
{
  BriefingProblemsDialog *self;
  g_autofree char *name = briefing_fetcher_dup_display_name (file);
  g_autofree char *summary = NULL;
  GString *text = g_string_new (NULL);
  guint n_errors = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (problems != NULL, NULL);

  self = g_object_new (BRIEFING_TYPE_PROBLEMS_DIALOG, "transient-for", parent, NULL);

  for (guint i = 0; i < problems->len; i++)
    {
      BriefingProblem *problem = problems->pdata[i];
      g_autofree char *line = briefing_problem_format (problem, name);

      n_errors += problem->severity == BRIEFING_PROBLEM_ERROR;
      g_string_append_printf (text, "%s\n", line);
    }

  /* Translators: %u counts errors, %s is a file name or a web address */
  summary = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "“%2$s” has %1$u error and cannot be opened.",
                                          "“%2$s” has %1$u errors and cannot be opened.", n_errors),
                             n_errors, name);
  gtk_label_set_text (self->summary_label, summary);

  self->text = g_string_free (text, FALSE);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (self->text_view), self->text, -1);

  return self;
}

const char *
briefing_problems_dialog_get_text (BriefingProblemsDialog *self)
{
  g_return_val_if_fail (BRIEFING_IS_PROBLEMS_DIALOG (self), NULL);

  return self->text;
}
