package dev.tocsin.identity.internal;

import dev.tocsin.identity.ApiToken;
import dev.tocsin.identity.ApiTokens;
import dev.tocsin.identity.IssuedToken;
import dev.tocsin.identity.Role;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** API tokens, admin only. The secret is in the 201 answer and nowhere else, ever. */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenApi {

    private final ApiTokens tokens;

    TokenApi(ApiTokens tokens) {
        this.tokens = tokens;
    }

    record NewToken(@NotBlank @Size(max = 100) String name, @NotNull Role role) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken issue(@Valid @RequestBody NewToken request, Principal principal) {
        return tokens.issue(request.name(), request.role(), principal.getName());
    }

    @GetMapping
    List<ApiToken> list() {
        return tokens.list();
    }

    @DeleteMapping("/{name}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(@PathVariable String name) {
        tokens.revoke(name);
    }
}
