package dev.tocsin.notify.internal.ack;

import dev.tocsin.incident.Incident;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page an acknowledge link in an email, SMS or chat message opens, without signing in: the
 * signed token is the credential. GET shows what the button will do; only the POST acts.
 */
@Controller
class AcknowledgePages {

    private final AcknowledgeLinks links;

    AcknowledgePages(AcknowledgeLinks links) {
        this.links = links;
    }

    @GetMapping("/ack/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        return render(links.look(token), token, model, response);
    }

    @PostMapping("/ack/{token}")
    String acknowledge(@PathVariable String token, Model model, HttpServletResponse response) {
        return render(links.acknowledge(token), token, model, response);
    }

    private static String render(LinkState state, String token, Model model, HttpServletResponse response) {
        model.addAttribute("token", token);
        return switch (state) {
            case LinkState.Invalid invalid -> {
                response.setStatus(HttpStatus.FORBIDDEN.value());
                yield "ack/invalid";
            }
            case LinkState.Expired expired -> {
                response.setStatus(HttpStatus.GONE.value());
                model.addAttribute("expired", expired.expired());
                yield "ack/expired";
            }
            case LinkState.Open open -> {
                model.addAttribute("incident", open.incident());
                model.addAttribute("person", open.person());
                yield "ack/confirm";
            }
            case LinkState.Acknowledged done -> done(model, "acknowledged", done.incident(), done.person().username(),
                    done.at());
            case LinkState.AlreadyAcknowledged already -> done(model, "already", already.incident(), already.by(),
                    already.at());
            case LinkState.Finished finished -> done(model, "finished", finished.incident(), finished.by(),
                    finished.at());
        };
    }

    private static String done(Model model, String outcome, Incident incident, String by, Instant at) {
        model.addAttribute("outcome", outcome);
        model.addAttribute("incident", incident);
        model.addAttribute("by", by);
        model.addAttribute("at", at);
        return "ack/done";
    }
}
