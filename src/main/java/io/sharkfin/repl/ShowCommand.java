package io.sharkfin.repl;

import io.sharkfin.dissect.Packet;
import io.sharkfin.repl.view.ProtocolTree;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

import java.util.List;

/**
 * {@code :show N}: frame N's protocol tree with every field and value, like {@code tshark -V},
 * each line followed by the field's filter name. See {@link TreeCursor} for how the frame is
 * dissected.
 */
final class ShowCommand implements Command {

    @Override
    public String name() {
        return "show";
    }

    @Override
    public String args() {
        return "N";
    }

    @Override
    public String summary() {
        return "frame N's full protocol tree, every field with its value and filter name (like tshark -V)";
    }

    @Override
    public Arg arg() {
        return Arg.FRAME;
    }

    @Override
    public List<Example> examples() {
        return List.of(
                new Example(":show 1", "frame 1's protocol tree, each field with its filter name"));
    }

    @Override
    public void run(String args, Shell shell) throws ReplError {
        Packet p = TreeCursor.dissected(shell, Shell.frameNumber(args, ":show N"));
        for (ProtocolTree.Line l : ProtocolTree.of(p)) {
            AttributedStringBuilder sb = new AttributedStringBuilder();
            sb.append("    ".repeat(l.depth()));
            // hidden items (tshark leaves them out) stay, faint: they are what filters use
            sb.style(l.hidden() ? AttributedStyle.DEFAULT.faint()
                    : l.protocol() ? AttributedStyle.BOLD : AttributedStyle.DEFAULT).append(l.text());
            sb.style(AttributedStyle.DEFAULT.faint()).append("  [").append(l.field())
                    .append(l.hidden() ? ", hidden]" : "]");
            shell.console().print(sb.toAttributedString());
        }
    }
}
