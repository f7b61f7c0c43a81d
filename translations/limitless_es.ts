<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Additions</name>
    <message>
        <source>row-level security</source>
        <translation>seguridad a nivel de fila</translation>
    </message>
    <message>
        <source>live-update notifications</source>
        <translation>notificaciones de cambios</translation>
    </message>
    <message>
        <source>funnel roll-ups</source>
        <translation>resúmenes del embudo</translation>
    </message>
    <message>
        <source>transcript functions</source>
        <translation>funciones de transcripción</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>all installed</source>
        <translation>todas instaladas</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>no instaladas</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>faltan: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>knowledge base tables</source>
        <translation>tablas de la base de conocimiento</translation>
    </message>
    <message>
        <source>agent playground tables</source>
        <translation>tablas de la zona de pruebas del agente</translation>
    </message>
    <message>
        <source>data retention functions</source>
        <translation>funciones de retención de datos</translation>
    </message>
</context>
<context>
    <name>AgentBench</name>
    <message>
        <source>Running %1 offline turns…</source>
        <translation>Ejecutando %1 turnos sin conexión…</translation>
    </message>
    <message>
        <source>Offline turn with retrieval and checkpoint write, p50</source>
        <translation>Turno sin conexión con recuperación y escritura del checkpoint, p50</translation>
    </message>
    <message>
        <source>Offline turn with retrieval and checkpoint write, p95</source>
        <translation>Turno sin conexión con recuperación y escritura del checkpoint, p95</translation>
    </message>
    <message>
        <source>Writing %1 checkpoints, ours and LangGraph.js&apos;s…</source>
        <translation>Escribiendo %1 checkpoints, los nuestros y los de LangGraph.js…</translation>
    </message>
    <message>
        <source>Our checkpoint write (%1 channels, one transaction), p50</source>
        <translation>Nuestra escritura del checkpoint (%1 canales, una transacción), p50</translation>
    </message>
    <message>
        <source>LangGraph.js PostgresSaver.put: no node_modules in %1.</source>
        <translation>LangGraph.js PostgresSaver.put: no hay node_modules en %1.</translation>
    </message>
    <message>
        <source>LangGraph.js PostgresSaver.put: %1</source>
        <translation>LangGraph.js PostgresSaver.put: %1</translation>
    </message>
    <message>
        <source>LangGraph.js PostgresSaver.put: no samples.</source>
        <translation>LangGraph.js PostgresSaver.put: sin muestras.</translation>
    </message>
    <message>
        <source>LangGraph.js PostgresSaver.put, same checkpoint (peer), p50</source>
        <translation>LangGraph.js PostgresSaver.put, el mismo checkpoint (referencia), p50</translation>
    </message>
    <message>
        <source>Our write time ÷ PostgresSaver.put&apos;s (p50)</source>
        <translation>Nuestro tiempo de escritura ÷ el de PostgresSaver.put (p50)</translation>
    </message>
    <message>
        <source>Removing the %1 bench threads…</source>
        <translation>Quitando los %1 hilos de la prueba…</translation>
    </message>
    <message>
        <source>Streaming overhead: the loopback stand-in could not listen: %1</source>
        <translation>Sobrecarga del streaming: el servidor sustituto de loopback no pudo escuchar: %1</translation>
    </message>
    <message>
        <source>Streaming overhead: %1</source>
        <translation>Sobrecarga del streaming: %1</translation>
    </message>
    <message>
        <source>Streaming overhead: a streamed reply gave no token.</source>
        <translation>Sobrecarga del streaming: una respuesta transmitida no dio ningún token.</translation>
    </message>
    <message>
        <source>Streaming: stand-in&apos;s first byte to the first token on the GUI thread, p50</source>
        <translation>Streaming: del primer byte del servidor sustituto al primer token en el hilo de la GUI, p50</translation>
    </message>
    <message>
        <source>Streaming: stand-in&apos;s first byte to the first token on the GUI thread, p95</source>
        <translation>Streaming: del primer byte del servidor sustituto al primer token en el hilo de la GUI, p95</translation>
    </message>
    <message>
        <source>&lt; 16 ms (one frame)</source>
        <translation>&lt; 16 ms (un fotograma)</translation>
    </message>
    <message>
        <source>Streaming: the client&apos;s first body byte to the first token handed over, p50</source>
        <translation>Streaming: del primer byte del cuerpo recibido por el cliente al primer token entregado, p50</translation>
    </message>
    <message>
        <source>Streaming %1 replies through the OpenAI-compatible policy…</source>
        <translation>Transmitiendo %1 respuestas a través de la política compatible con OpenAI…</translation>
    </message>
</context>
<context>
    <name>AgentCliSetup</name>
    <message>
        <source>Who chooses the replies: offline (default, no network) or openai.</source>
        <translation>Quién elige las respuestas: offline (predeterminado, sin red) u openai.</translation>
    </message>
    <message>
        <source>With --policy openai: the server&apos;s base URL (default: the profile&apos;s setting). The key comes from LIMITLESS_AGENT_API_KEY.</source>
        <translation>Con --policy openai: la URL base del servidor (predeterminado: el ajuste del perfil). La clave se toma de LIMITLESS_AGENT_API_KEY.</translation>
    </message>
    <message>
        <source>With --policy openai: the model (default: the profile&apos;s setting).</source>
        <translation>Con --policy openai: el modelo (predeterminado: el ajuste del perfil).</translation>
    </message>
    <message>
        <source>The owner whose agent and data to use.</source>
        <translation>El propietario cuyo agente y cuyos datos se usan.</translation>
    </message>
    <message>
        <source>The profile whose knowledge settings apply (default: the current one).</source>
        <translation>El perfil cuya configuración de conocimiento se aplica (predeterminado: el actual).</translation>
    </message>
    <message>
        <source>--policy is offline or openai.</source>
        <translation>--policy debe ser offline u openai.</translation>
    </message>
    <message>
        <source>The OpenAI-compatible policy cannot be used: %1</source>
        <translation>No se puede usar la política compatible con OpenAI: %1</translation>
    </message>
    <message>
        <source>No document retrieval: %1</source>
        <translation>Sin recuperación de documentos: %1</translation>
    </message>
    <message>
        <source>The saved prompts could not be read (%1); the built-in ones apply.</source>
        <translation>No se pudieron leer los prompts guardados (%1); se aplican los integrados.</translation>
    </message>
</context>
<context>
    <name>AgentGraph</name>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <source>Welcomes the lead and asks what business they run.</source>
        <translation>Da la bienvenida al cliente potencial y le pregunta qué negocio tiene.</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Asks for the business, the monthly revenue and the main pain point; scores the lead.</source>
        <translation>Pregunta por el negocio, los ingresos mensuales y el problema principal; puntúa al cliente potencial.</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Discurso de venta</translation>
    </message>
    <message>
        <source>Presents the offer and both plans, warm or cold by the score, from the owner&apos;s pitch documents.</source>
        <translation>Presenta la oferta y ambos planes, en tono cálido o frío según la puntuación, a partir de los documentos de discurso de venta del propietario.</translation>
    </message>
    <message>
        <source>Objection handling</source>
        <translation>Manejo de objeciones</translation>
    </message>
    <message>
        <source>Answers objections and questions from the owner&apos;s objection guide and FAQ.</source>
        <translation>Responde a objeciones y preguntas a partir de la guía de objeciones y las preguntas frecuentes del propietario.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Takes the plan and the e-mail address and sends the payment link.</source>
        <translation>Recoge el plan y la dirección de correo electrónico y envía el enlace de pago.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>The payment came in: welcomes the new client.</source>
        <translation>El pago se recibió: da la bienvenida al nuevo cliente.</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nutrición</translation>
    </message>
    <message>
        <source>Not a fit now or declined: offers a free resource and keeps in touch.</source>
        <translation>No encaja por ahora o lo rechazó: ofrece un recurso gratuito y mantiene el contacto.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>The lead writes again after a nurture or an unpaid link: follows up, the stage stays.</source>
        <translation>El cliente potencial vuelve a escribir tras una nutrición o un enlace sin pagar: hace el seguimiento y la etapa no cambia.</translation>
    </message>
    <message>
        <source>a new conversation</source>
        <translation>una conversación nueva</translation>
    </message>
    <message>
        <source>the lead answers</source>
        <translation>el cliente potencial responde</translation>
    </message>
    <message>
        <source>business, revenue or pain point still missing</source>
        <translation>aún falta el negocio, los ingresos o el problema principal</translation>
    </message>
    <message>
        <source>qualified: score ≥ 0.60 (revenue ≥ $10k a month)</source>
        <translation>calificado: puntuación ≥ 0,60 (ingresos ≥ 10.000 $ al mes)</translation>
    </message>
    <message>
        <source>not qualified: score below 0.60</source>
        <translation>no calificado: puntuación inferior a 0,60</translation>
    </message>
    <message>
        <source>an objection or a question</source>
        <translation>una objeción o una pregunta</translation>
    </message>
    <message>
        <source>the lead picks a plan or says yes</source>
        <translation>el cliente potencial elige un plan o dice que sí</translation>
    </message>
    <message>
        <source>the lead declines</source>
        <translation>el cliente potencial lo rechaza</translation>
    </message>
    <message>
        <source>another objection or question</source>
        <translation>otra objeción o pregunta</translation>
    </message>
    <message>
        <source>plan or e-mail still missing, or changed</source>
        <translation>aún falta el plan o el correo electrónico, o ha cambiado</translation>
    </message>
    <message>
        <source>the link was sent and is not paid yet</source>
        <translation>el enlace se envió y aún no está pagado</translation>
    </message>
    <message>
        <source>the checkout completed (simulated in the playground)</source>
        <translation>el pago se completó (simulado en la zona de pruebas)</translation>
    </message>
    <message>
        <source>the lead writes again</source>
        <translation>el cliente potencial vuelve a escribir</translation>
    </message>
    <message>
        <source>the client writes after paying</source>
        <translation>el cliente escribe después de pagar</translation>
    </message>
</context>
<context>
    <name>AgentRuntime</name>
    <message>
        <source>There is no campaign with the code %1.</source>
        <translation>No hay ninguna campaña con el código %1.</translation>
    </message>
    <message>
        <source>No documents were searched: the knowledge base is not set up.</source>
        <translation>No se buscó en ningún documento: la base de conocimiento no está configurada.</translation>
    </message>
    <message>
        <source>The documents could not be searched: %1</source>
        <translation>No se pudo buscar en los documentos: %1</translation>
    </message>
    <message>
        <source>Refused the tool call %1: the %2 node does not allow it.</source>
        <translation>Se rechazó la llamada a la herramienta %1: el nodo %2 no la permite.</translation>
    </message>
    <message>
        <source>The agent called %1 with arguments that are not a JSON object.</source>
        <translation>El agente llamó a %1 con argumentos que no son un objeto JSON.</translation>
    </message>
    <message>
        <source>Ignored the plan “%1”: the catalogue has no such plan.</source>
        <translation>Se ignoró el plan “%1”: el catálogo no tiene ese plan.</translation>
    </message>
    <message>
        <source>The agent called record_objection without an objection type.</source>
        <translation>El agente llamó a record_objection sin un tipo de objeción.</translation>
    </message>
    <message>
        <source>No payment link was sent: the plan or the e-mail address is missing.</source>
        <translation>No se envió ningún enlace de pago: falta el plan o la dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Ignored the amount in the agent&apos;s payment call: prices come from the plan catalogue.</source>
        <translation>Se ignoró el importe de la llamada de pago del agente: los precios se toman del catálogo de planes.</translation>
    </message>
    <message>
        <source>The payment link is a Stripe test link: no money moves.</source>
        <translation>El enlace de pago es un enlace de prueba de Stripe: no se mueve dinero.</translation>
    </message>
    <message>
        <source>The agent&apos;s policy failed in the %1 node.</source>
        <translation>La política del agente falló en el nodo %1.</translation>
    </message>
    <message>
        <source>The lead&apos;s message is empty.</source>
        <translation>El mensaje del cliente potencial está vacío.</translation>
    </message>
    <message>
        <source>The lead&apos;s message was cut to its first %1 characters (it had %2).</source>
        <translation>El mensaje del cliente potencial se recortó a sus primeros %1 caracteres (tenía %2).</translation>
    </message>
    <message>
        <source>This thread was written by a LangGraph saver whose versions are not integers; the playground cannot continue it.</source>
        <translation>Este hilo lo escribió un saver de LangGraph cuyas versiones no son números enteros; la zona de pruebas no puede continuarlo.</translation>
    </message>
    <message>
        <source>The conversation is at the stage “%1”, which the agent does not know.</source>
        <translation>La conversación está en la etapa “%1”, que el agente no conoce.</translation>
    </message>
    <message>
        <source>The turn was not stored: %1</source>
        <translation>El turno no se almacenó: %1</translation>
    </message>
    <message>
        <source>There is no unpaid payment link in this conversation to pay.</source>
        <translation>En esta conversación no hay ningún enlace de pago pendiente que pagar.</translation>
    </message>
    <message>
        <source>The conversation has no plan from the catalogue to pay for.</source>
        <translation>La conversación no tiene ningún plan del catálogo que pagar.</translation>
    </message>
    <message>
        <source>Simulated payment: the test checkout was marked as paid; no money moved.</source>
        <translation>Pago simulado: la sesión de pago de prueba se marcó como pagada; no se movió dinero.</translation>
    </message>
    <message>
        <source>The conversation has no checkpoint to branch from yet.</source>
        <translation>La conversación aún no tiene ningún checkpoint desde el que bifurcar.</translation>
    </message>
    <message numerus="yes">
        <source>The checkpoint has %n message(s); there is no message %1.</source>
        <translation>
            <numerusform>El checkpoint tiene %n mensaje; no existe el mensaje %1.</numerusform>
            <numerusform>El checkpoint tiene %n mensajes; no existe el mensaje %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>An edited message cannot be empty.</source>
        <translation>Un mensaje editado no puede estar vacío.</translation>
    </message>
</context>
<context>
    <name>AgentSettings</name>
    <message>
        <source>The model server&apos;s URL must be an http(s) URL, e.g. https://api.openai.com/v1.</source>
        <translation>La URL del servidor del modelo debe ser una URL http(s), p. ej. https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>Name the chat model, e.g. gpt-4o-mini.</source>
        <translation>Indique el modelo de chat, p. ej. gpt-4o-mini.</translation>
    </message>
    <message>
        <source>The temperature must be between 0 and 2.</source>
        <translation>La temperatura debe estar entre 0 y 2.</translation>
    </message>
    <message>
        <source>Enter the OpenAI API key for the agent.</source>
        <translation>Introduzca la clave de API de OpenAI para el agente.</translation>
    </message>
    <message>
        <source>The API key is only sent over https or to this computer; use an https URL.</source>
        <translation>La clave de API solo se envía por https o a este equipo; use una URL https.</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <source>%1 is not a readable archive (zip error %2).</source>
        <translation>%1 no es un archivo legible (error de zip %2).</translation>
    </message>
    <message>
        <source>%1 has no manifest: it is not a retention archive.</source>
        <translation>%1 no tiene manifiesto: no es un archivo de retención.</translation>
    </message>
    <message>
        <source>Cannot read the manifest of %1.</source>
        <translation>No se puede leer el manifiesto de %1.</translation>
    </message>
    <message>
        <source>The manifest of %1 is not a retention archive&apos;s.</source>
        <translation>El manifiesto de %1 no es el de un archivo de retención.</translation>
    </message>
    <message>
        <source>%1 has archive format version %2; this version of the app reads version %3.</source>
        <translation>%1 tiene la versión %2 del formato de archivo; esta versión de la aplicación lee la versión %3.</translation>
    </message>
    <message>
        <source>The archive lacks the rows of %1.</source>
        <translation>Al archivo le faltan las filas de %1.</translation>
    </message>
    <message>
        <source>Cannot read the rows of %1 (zip error %2).</source>
        <translation>No se pueden leer las filas de %1 (error de zip %2).</translation>
    </message>
    <message>
        <source>The rows of %1 are damaged (zip error %2).</source>
        <translation>Las filas de %1 están dañadas (error de zip %2).</translation>
    </message>
    <message>
        <source>The rows of %1 do not match the archive&apos;s manifest (%2 rows, checksum): the archive was changed or damaged.</source>
        <translation>Las filas de %1 no coinciden con el manifiesto del archivo (%2 filas, suma de comprobación): el archivo se modificó o está dañado.</translation>
    </message>
</context>
<context>
    <name>ArchiveWriter</name>
    <message>
        <source>Cannot create the archive %1 (zip error %2).</source>
        <translation>No se puede crear el archivo %1 (error de zip %2).</translation>
    </message>
    <message>
        <source>Cannot write %1 into the archive (zip error %2).</source>
        <translation>No se puede escribir %1 en el archivo (error de zip %2).</translation>
    </message>
    <message>
        <source>A row of %1 contains a line break and cannot be archived.</source>
        <translation>Una fila de %1 contiene un salto de línea y no se puede archivar.</translation>
    </message>
    <message>
        <source>Writing the archive failed: %1</source>
        <translation>Falló la escritura del archivo: %1</translation>
    </message>
    <message>
        <source>Writing %1 into the archive failed (zip error %2).</source>
        <translation>Falló la escritura de %1 en el archivo (error de zip %2).</translation>
    </message>
    <message>
        <source>Cannot write the archive&apos;s manifest (zip error %1).</source>
        <translation>No se puede escribir el manifiesto del archivo (error de zip %1).</translation>
    </message>
    <message>
        <source>Closing the archive failed (zip error %1).</source>
        <translation>Falló el cierre del archivo (error de zip %1).</translation>
    </message>
    <message>
        <source>Cannot rename the finished archive to %1.</source>
        <translation>No se puede cambiar el nombre del archivo terminado a %1.</translation>
    </message>
</context>
<context>
    <name>AuthError</name>
    <message>
        <source>The e-mail address or the password is wrong.</source>
        <translation>La dirección de correo electrónico o la contraseña son incorrectas.</translation>
    </message>
    <message>
        <source>This e-mail address is not confirmed yet. Open the confirmation link that was sent to it, then sign in again.</source>
        <translation>Esta dirección de correo electrónico aún no está confirmada. Abra el enlace de confirmación que se le envió y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment, then try again.</source>
        <translation>Demasiados intentos. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Your session has ended: you signed out on another device, or it expired. Please sign in again.</source>
        <translation>Su sesión ha finalizado: cerró la sesión en otro dispositivo o caducó. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>This account is blocked. Contact the project&apos;s administrator.</source>
        <translation>Esta cuenta está bloqueada. Póngase en contacto con el administrador del proyecto.</translation>
    </message>
    <message>
        <source>The authentication code is wrong. Enter the current 6-digit code from your authenticator app.</source>
        <translation>El código de autenticación es incorrecto. Introduzca el código actual de 6 dígitos de su aplicación de autenticación.</translation>
    </message>
    <message>
        <source>The authentication code has expired. Enter the current code.</source>
        <translation>El código de autenticación ha caducado. Introduzca el código actual.</translation>
    </message>
    <message>
        <source>it is too short</source>
        <translation>es demasiado corta</translation>
    </message>
    <message>
        <source>it needs more kinds of characters (letters, digits, symbols)</source>
        <translation>necesita más tipos de caracteres (letras, dígitos, símbolos)</translation>
    </message>
    <message>
        <source>it appears in known password leaks</source>
        <translation>aparece en filtraciones de contraseñas conocidas</translation>
    </message>
    <message>
        <source>The new password is too weak. Choose a longer one.</source>
        <translation>La nueva contraseña es demasiado débil. Elija una más larga.</translation>
    </message>
    <message>
        <source>The new password is too weak: %1.</source>
        <translation>La nueva contraseña es demasiado débil: %1.</translation>
    </message>
    <message>
        <source>The new password must be different from the old one.</source>
        <translation>La nueva contraseña debe ser distinta de la anterior.</translation>
    </message>
    <message>
        <source>The code from the e-mail is wrong or has expired. Request a new code.</source>
        <translation>El código del correo electrónico es incorrecto o ha caducado. Solicite un código nuevo.</translation>
    </message>
    <message>
        <source>The sign-in in the browser took too long or belongs to another attempt. Start it again.</source>
        <translation>El inicio de sesión en el navegador tardó demasiado o pertenece a otro intento. Vuelva a iniciarlo.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled in the browser.</source>
        <translation>El inicio de sesión se canceló en el navegador.</translation>
    </message>
    <message>
        <source>The sign-in in the browser failed.</source>
        <translation>El inicio de sesión en el navegador falló.</translation>
    </message>
    <message>
        <source>This sign-in method is not enabled for the project.</source>
        <translation>Este método de inicio de sesión no está habilitado para el proyecto.</translation>
    </message>
    <message>
        <source>The server rejected the app&apos;s API key. Check the anon (publishable) key in the profile.</source>
        <translation>El servidor rechazó la clave de API de la aplicación. Compruebe la clave anon (publishable) en el perfil.</translation>
    </message>
    <message>
        <source>The sign-in server is unavailable right now (HTTP %1). Try again in a few minutes.</source>
        <translation>El servidor de inicio de sesión no está disponible en este momento (HTTP %1). Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The sign-in server is unavailable right now. Try again in a few minutes.</source>
        <translation>El servidor de inicio de sesión no está disponible en este momento. Vuelva a intentarlo en unos minutos.</translation>
    </message>
    <message>
        <source>The sign-in server cannot be reached. Check your network connection.</source>
        <translation>No se puede conectar con el servidor de inicio de sesión. Compruebe su conexión de red.</translation>
    </message>
    <message>
        <source>The server address is not valid or cannot be found. Check the Supabase URL in the profile.</source>
        <translation>La dirección del servidor no es válida o no se encuentra. Compruebe la URL de Supabase en el perfil.</translation>
    </message>
    <message>
        <source>The server address must start with https://. Plain http:// is only allowed for this computer (localhost).</source>
        <translation>La dirección del servidor debe empezar por https://. El http:// sin cifrar solo se permite para este equipo (localhost).</translation>
    </message>
    <message>
        <source>The secure connection to the server failed.</source>
        <translation>La conexión segura con el servidor falló.</translation>
    </message>
    <message>
        <source>The sign-in server did not answer in time. Check your network connection and try again.</source>
        <translation>El servidor de inicio de sesión no respondió a tiempo. Compruebe su conexión de red y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>The sign-in server sent an answer this app does not understand.</source>
        <translation>El servidor de inicio de sesión envió una respuesta que esta aplicación no entiende.</translation>
    </message>
    <message>
        <source>This is not available for this profile.</source>
        <translation>Esto no está disponible para este perfil.</translation>
    </message>
    <message>
        <source>The system keychain is not available.</source>
        <translation>El llavero del sistema no está disponible.</translation>
    </message>
    <message>
        <source>The local sandbox could not sign you in.</source>
        <translation>El sandbox local no pudo iniciar su sesión.</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (%1).</source>
        <translation>El servidor de inicio de sesión rechazó la solicitud (%1).</translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1).</source>
        <translation>El servidor de inicio de sesión rechazó la solicitud (HTTP %1).</translation>
    </message>
    <message>
        <source>The connection was closed before the answer arrived.</source>
        <translation>La conexión se cerró antes de que llegara la respuesta.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 min.</source>
        <translation>Demasiados intentos. Vuelva a intentarlo dentro de %1 min.</translation>
    </message>
    <message>
        <source>Too many attempts. Try again in %1 s.</source>
        <translation>Demasiados intentos. Vuelva a intentarlo dentro de %1 s.</translation>
    </message>
    <message>
        <source>Another Limitless window or command is renewing the session and has not finished. Try again in a moment.</source>
        <translation>Otra ventana u orden de Limitless está renovando la sesión y aún no ha terminado. Vuelve a intentarlo en un momento.</translation>
    </message>
</context>
<context>
    <name>BackendComparison</name>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>differs: %1</source>
        <translation>difiere: %1</translation>
    </message>
</context>
<context>
    <name>Bench</name>
    <message>
        <source>The database has no owner; load `limitless demo-data` first.</source>
        <translation>La base de datos no tiene propietario; cargue primero `limitless demo-data`.</translation>
    </message>
</context>
<context>
    <name>CampaignChoice</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>CampaignCode</name>
    <message>
        <source>Enter a code, or let one be generated.</source>
        <translation>Introduzca un código o deje que se genere uno.</translation>
    </message>
    <message>
        <source>A campaign code has exactly %1 characters (this one has %2).</source>
        <translation>Un código de campaña tiene exactamente %1 caracteres (este tiene %2).</translation>
    </message>
    <message>
        <source>“%1” is not allowed: codes avoid 0, O, 1, I and L, which are easily mistaken for one another.</source>
        <translation>“%1” no está permitido: los códigos evitan 0, O, 1, I y L, que se confunden fácilmente entre sí.</translation>
    </message>
    <message>
        <source>“%1” is not allowed: use the letters A–Z and the digits 2–9.</source>
        <translation>“%1” no está permitido: use las letras A–Z y los dígitos 2–9.</translation>
    </message>
</context>
<context>
    <name>CampaignLink</name>
    <message>
        <source>Enter a full web address starting with https://, for example %1</source>
        <translation>Introduzca una dirección web completa que empiece por https://, por ejemplo %1</translation>
    </message>
</context>
<context>
    <name>CampaignService</name>
    <message>
        <source>This code is already taken. Choose another one, or leave the field empty to get a generated code.</source>
        <translation>Este código ya está en uso. Elija otro o deje el campo vacío para obtener un código generado.</translation>
    </message>
    <message numerus="yes">
        <source>This campaign has %n conversation(s), so it cannot be deleted: the leads&apos; history keeps its campaign. Pause it instead.</source>
        <translation>
            <numerusform>Esta campaña tiene %n conversación, por lo que no se puede eliminar: el historial de los clientes potenciales conserva su campaña. Páusela en su lugar.</numerusform>
            <numerusform>Esta campaña tiene %n conversaciones, por lo que no se puede eliminar: el historial de los clientes potenciales conserva su campaña. Páusela en su lugar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No owner profile belongs to the signed-in account, so the campaign has no owner.</source>
        <translation>Ningún perfil de propietario pertenece a la cuenta con la que se ha iniciado sesión, así que la campaña no tiene propietario.</translation>
    </message>
    <message>
        <source>Other records (clicks, conversations or payments) still refer to this campaign, so it cannot be deleted. Pause it instead.</source>
        <translation>Otros registros (clics, conversaciones o pagos) aún hacen referencia a esta campaña, por lo que no se puede eliminar. Páusela en su lugar.</translation>
    </message>
    <message numerus="yes">
        <source>No free campaign code was found after %n attempt(s). Please try again.</source>
        <translation>
            <numerusform>No se encontró ningún código de campaña libre tras %n intento. Vuelva a intentarlo.</numerusform>
            <numerusform>No se encontró ningún código de campaña libre tras %n intentos. Vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>This campaign no longer exists.</source>
        <translation>Esta campaña ya no existe.</translation>
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation>La campaña necesita un nombre.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; at most %2 are allowed.</source>
        <translation>El nombre tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>The description is %1 characters long; at most %2 are allowed.</source>
        <translation>La descripción tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
    <message>
        <source>The platform is %1 characters long; at most %2 are allowed.</source>
        <translation>La plataforma tiene %1 caracteres; se permiten como máximo %2.</translation>
    </message>
</context>
<context>
    <name>ChunkBench</name>
    <message>
        <source>LangChain.js is not installed in %1 (scripts/install-deps runs npm ci there).</source>
        <translation>LangChain.js no está instalado en %1 (scripts/install-deps ejecuta npm ci allí).</translation>
    </message>
    <message>
        <source>The LangChain.js benchmark printed no figures.</source>
        <translation>La prueba de rendimiento de LangChain.js no mostró ninguna cifra.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Machine-readable output.</source>
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <source>No database: pass --db URL, set LIMITLESS_DATABASE_URL, or start the local sandbox with `limitless sandbox start`.</source>
        <translation>No hay base de datos: indique --db URL, defina LIMITLESS_DATABASE_URL o inicie el sandbox local con `limitless sandbox start`.</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration(s) in one transaction.</source>
        <translation>
            <numerusform>Se aplicó %n migración en una transacción.</numerusform>
            <numerusform>Se aplicaron %n migraciones en una transacción.</numerusform>
        </translation>
    </message>
    <message>
        <source>List and apply pending database migrations</source>
        <translation>Listar y aplicar las migraciones pendientes de la base de datos</translation>
    </message>
    <message>
        <source>Start, stop, inspect or reset the local sandbox database</source>
        <translation>Iniciar, detener, inspeccionar o restablecer la base de datos del sandbox local</translation>
    </message>
    <message>
        <source>Load the demo business into a database</source>
        <translation>Cargar el negocio de demostración en una base de datos</translation>
    </message>
    <message>
        <source>Run benchmarks and print their figures</source>
        <translation>Ejecutar pruebas de rendimiento y mostrar sus cifras</translation>
    </message>
    <message>
        <source>Usage: limitless &lt;command&gt; [options]</source>
        <translation>Uso: limitless &lt;command&gt; [options]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Comandos:</translation>
    </message>
    <message>
        <source>Run `limitless &lt;command&gt; --help` for its options.</source>
        <translation>Ejecute `limitless &lt;command&gt; --help` para ver sus opciones.</translation>
    </message>
    <message>
        <source>Loads a deterministic demo business (campaigns, conversations with LangGraph transcripts, analytics events, payments, documents) into a migrated database.</source>
        <translation>Carga un negocio de demostración determinista (campañas, conversaciones con transcripciones de LangGraph, eventos de analítica, pagos, documentos) en una base de datos migrada.</translation>
    </message>
    <message>
        <source>small (240 conversations, checkpoint per stage) or large (100,000 conversations, 1,000,000 events, latest checkpoint only).</source>
        <translation>small (240 conversaciones, un checkpoint por etapa) o large (100.000 conversaciones, 1.000.000 de eventos, solo el último checkpoint).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same data.</source>
        <translation>Semilla aleatoria; la misma semilla produce los mismos datos.</translation>
    </message>
    <message>
        <source>The moment the data is relative to (ISO 8601, UTC). Default: the start of the current UTC day.</source>
        <translation>El momento al que se refieren los datos (ISO 8601, UTC). Predeterminado: el inicio del día UTC actual.</translation>
    </message>
    <message>
        <source>Do nothing when the database already has campaigns.</source>
        <translation>No hacer nada si la base de datos ya tiene campañas.</translation>
    </message>
    <message>
        <source>--scale must be &apos;small&apos; or &apos;large&apos;.</source>
        <translation>--scale debe ser &apos;small&apos; o &apos;large&apos;.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer.</source>
        <translation>--seed debe ser un número entero no negativo.</translation>
    </message>
    <message>
        <source>--now must be an ISO 8601 date-time, e.g. 2025-06-01T00:00:00Z.</source>
        <translation>--now debe ser una fecha y hora ISO 8601, p. ej. 2025-06-01T00:00:00Z.</translation>
    </message>
    <message>
        <source>The database already has campaigns; nothing loaded.</source>
        <translation>La base de datos ya tiene campañas; no se cargó nada.</translation>
    </message>
    <message>
        <source>Loaded the demo business in %1 s: %2 campaigns, %3 conversations, %4 analytics events, %5 payments, %6 documents (%7 chunks, %8), %9 checkpoints with %10 blobs.</source>
        <translation>Negocio de demostración cargado en %1 s: %2 campañas, %3 conversaciones, %4 eventos de analítica, %5 pagos, %6 documentos (%7 fragmentos, %8), %9 checkpoints con %10 blobs.</translation>
    </message>
    <message>
        <source>Row triggers were bypassed for the load (session_replication_role = replica).</source>
        <translation>Los triggers de fila se omitieron durante la carga (session_replication_role = replica).</translation>
    </message>
    <message>
        <source>Row triggers ran for every loaded row.</source>
        <translation>Los triggers de fila se ejecutaron para cada fila cargada.</translation>
    </message>
    <message>
        <source>Measured runs per query (default 200).</source>
        <translation>Ejecuciones medidas por consulta (predeterminado: 200).</translation>
    </message>
    <message>
        <source>Usage: limitless bench db [--db URL] [--json] [--iterations N]</source>
        <translation>Uso: limitless bench db [--db URL] [--json] [--iterations N]</translation>
    </message>
    <message>
        <source>--iterations must be a positive integer.</source>
        <translation>--iterations debe ser un número entero positivo.</translation>
    </message>
    <message>
        <source>Database benchmark: PostgreSQL %1, %2 cores; %3 conversations, %4 analytics events, %5 checkpoints; dashboard window %6 – %7.</source>
        <translation>Prueba de rendimiento de la base de datos: PostgreSQL %1, %2 núcleos; %3 conversaciones, %4 eventos de analítica, %5 checkpoints; intervalo del panel %6 – %7.</translation>
    </message>
    <message>
        <source>query</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>min ms</source>
        <translation>mín ms</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>max ms</source>
        <translation>máx ms</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>semilla</translation>
    </message>
    <message>
        <source>ours</source>
        <translation>nuestro</translation>
    </message>
    <message>
        <source>p95 vs ours</source>
        <translation>p95 frente a nuestro</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>CUMPLE</translation>
    </message>
    <message>
        <source>MISS</source>
        <translation>NO CUMPLE</translation>
    </message>
    <message>
        <source> (peer, not a target)</source>
        <translation> (referencia, no es un objetivo)</translation>
    </message>
    <message>
        <source>Run the row triggers (live notifications) for every loaded row even as superuser; by default a superuser load bypasses them.</source>
        <translation>Ejecutar los triggers de fila (notificaciones en vivo) para cada fila cargada incluso como superusuario; de forma predeterminada, una carga como superusuario los omite.</translation>
    </message>
    <message>
        <source>Benchmarks the Conversations views (run on `demo-data --scale large`).</source>
        <translation>Mide el rendimiento de las vistas de Conversaciones (ejecutar sobre `demo-data --scale large`).</translation>
    </message>
    <message>
        <source>Measured runs per query (default 50).</source>
        <translation>Ejecuciones medidas por consulta (predeterminado: 50).</translation>
    </message>
    <message>
        <source>The thread to open (default: the one with the most messages).</source>
        <translation>El hilo que se abrirá (predeterminado: el que tiene más mensajes).</translation>
    </message>
    <message>
        <source>Directory of the LangGraph.js peer script (default: tests/interop under the working directory, or LIMITLESS_INTEROP_DIR).</source>
        <translation>Directorio del script de referencia de LangGraph.js (predeterminado: tests/interop dentro del directorio de trabajo, o LIMITLESS_INTEROP_DIR).</translation>
    </message>
    <message>
        <source>first page (200 rows)</source>
        <translation>primera página (200 filas)</translation>
    </message>
    <message>
        <source>filtered search (&quot;%1&quot;, 3 stages, qualified)</source>
        <translation>búsqueda filtrada (“%1”, 3 etapas, calificadas)</translation>
    </message>
    <message>
        <source>  its total count</source>
        <translation>  su recuento total</translation>
    </message>
    <message>
        <source>open transcript (%1 messages)</source>
        <translation>abrir transcripción (%1 mensajes)</translation>
    </message>
    <message>
        <source>  peer: LangGraph.js getTuple (%1 messages)</source>
        <translation>  referencia: LangGraph.js getTuple (%1 mensajes)</translation>
    </message>
    <message>
        <source>scroll %1 rows: longest page handling</source>
        <translation>desplazar %1 filas: procesamiento de página más largo</translation>
    </message>
    <message>
        <source>  1 ms timer&apos;s longest delay (incl. OS)</source>
        <translation>  mayor retraso de un temporizador de 1 ms (incl. sistema operativo)</translation>
    </message>
    <message>
        <source>resident memory after %1 rows</source>
        <translation>memoria residente tras %1 filas</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>max</source>
        <translation>máx</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>MISSED</source>
        <translation>NO ALCANZADO</translation>
    </message>
    <message>
        <source>(peer)</source>
        <translation>(referencia)</translation>
    </message>
    <message>
        <source>LangGraph.js getTuple / ours (p50): %1×</source>
        <translation>LangGraph.js getTuple / nuestro (p50): %1×</translation>
    </message>
    <message>
        <source>LangGraph.js peer not run: %1</source>
        <translation>Referencia LangGraph.js no ejecutada: %1</translation>
    </message>
    <message>
        <source>(scrolling: %1 rows in %2 ms)</source>
        <translation>(desplazamiento: %1 filas en %2 ms)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Lists conversations, newest message first, with the Conversations page&apos;s filters.</source>
        <translation>Lista las conversaciones, con el mensaje más reciente primero, con los filtros de la página Conversaciones.</translation>
    </message>
    <message>
        <source>What to do: list.</source>
        <translation>Qué hacer: list.</translation>
    </message>
    <message>
        <source>Only conversations in this stage (greeting, qualification, pitch, objection_handling, close, complete, nurture).</source>
        <translation>Solo las conversaciones en esta etapa (greeting, qualification, pitch, objection_handling, close, complete, nurture).</translation>
    </message>
    <message>
        <source>Only conversations of the campaign with this code.</source>
        <translation>Solo las conversaciones de la campaña con este código.</translation>
    </message>
    <message>
        <source>Instagram handle or e-mail contains this text.</source>
        <translation>El usuario de Instagram o el correo electrónico contiene este texto.</translation>
    </message>
    <message>
        <source>last-message (default) or created.</source>
        <translation>last-message (predeterminado) o created.</translation>
    </message>
    <message>
        <source>At most N conversations (default: all).</source>
        <translation>Como máximo N conversaciones (predeterminado: todas).</translation>
    </message>
    <message>
        <source>Usage: limitless conversations list [--stage S] [--campaign CODE] [--search TEXT] [--sort ORDER] [--limit N] [--json]</source>
        <translation>Uso: limitless conversations list [--stage S] [--campaign CODE] [--search TEXT] [--sort ORDER] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Unknown stage &apos;%1&apos;.</source>
        <translation>Etapa desconocida &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>--sort must be &apos;last-message&apos; or &apos;created&apos;.</source>
        <translation>--sort debe ser &apos;last-message&apos; o &apos;created&apos;.</translation>
    </message>
    <message>
        <source>--limit must be a non-negative integer.</source>
        <translation>--limit debe ser un número entero no negativo.</translation>
    </message>
    <message>
        <source>No campaign has the code &apos;%1&apos;.</source>
        <translation>Ninguna campaña tiene el código &apos;%1&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s).</source>
        <translation>
            <numerusform>%n pago.</numerusform>
            <numerusform>%n pagos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints a conversation&apos;s transcript from LangGraph&apos;s checkpoints (the thread id is the conversation id).</source>
        <translation>Muestra la transcripción de una conversación a partir de los checkpoints de LangGraph (el id del hilo es el id de la conversación).</translation>
    </message>
    <message>
        <source>The conversation&apos;s id.</source>
        <translation>El id de la conversación.</translation>
    </message>
    <message>
        <source>Usage: limitless transcript THREAD_ID [--db URL] [--json]</source>
        <translation>Uso: limitless transcript THREAD_ID [--db URL] [--json]</translation>
    </message>
    <message>
        <source>No transcript stored for %1.</source>
        <translation>No hay ninguna transcripción almacenada para %1.</translation>
    </message>
    <message>
        <source>[unsupported message: %1]</source>
        <translation>[mensaje no compatible: %1]</translation>
    </message>
    <message>
        <source>The transcript is damaged: %1</source>
        <translation>La transcripción está dañada: %1</translation>
    </message>
    <message>
        <source>Sign in or out, show or renew the owner&apos;s session</source>
        <translation>Iniciar o cerrar sesión, mostrar o renovar la sesión del propietario</translation>
    </message>
    <message>
        <source>List, create, pause or resume campaigns</source>
        <translation>Listar, crear, pausar o reanudar campañas</translation>
    </message>
    <message>
        <source>List payments with revenue totals</source>
        <translation>Listar los pagos con los totales de ingresos</translation>
    </message>
    <message>
        <source>Print the funnel&apos;s stage counts and conversions</source>
        <translation>Mostrar los recuentos y las conversiones de las etapas del embudo</translation>
    </message>
    <message>
        <source>List conversations with the dashboard&apos;s filters</source>
        <translation>Listar las conversaciones con los filtros del panel</translation>
    </message>
    <message>
        <source>Print a conversation&apos;s transcript from LangGraph</source>
        <translation>Mostrar la transcripción de una conversación desde LangGraph</translation>
    </message>
    <message>
        <source>Benchmark the Conversations views on large data</source>
        <translation>Medir el rendimiento de las vistas de Conversaciones con grandes volúmenes de datos</translation>
    </message>
    <message>
        <source>Insert live analytics events to watch the dashboard</source>
        <translation>Insertar eventos de analítica en vivo para observar el panel</translation>
    </message>
    <message>
        <source>PostgreSQL connection URL (postgresql://… or key=value; default: LIMITLESS_DATABASE_URL, else the running local sandbox).</source>
        <translation>URL de conexión de PostgreSQL (postgresql://… o clave=valor; por defecto: LIMITLESS_DATABASE_URL, si no, el sandbox local en marcha).</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argumento inesperado «%1»</translation>
    </message>
    <message>
        <source>%1 is not a PostgreSQL connection URL (%2). Give postgresql://user@host:port/database, postgres://…, or key=value pairs such as &quot;host=… dbname=…&quot;.</source>
        <translation>%1 no es una URL de conexión de PostgreSQL (%2). Indica postgresql://usuario@host:puerto/base_de_datos, postgres://… o pares clave=valor como &quot;host=… dbname=…&quot;.</translation>
    </message>
    <message>
        <source>The thread id is too long (%1 characters; at most %2).</source>
        <translation>El id del hilo es demasiado largo (%1 caracteres; como máximo %2).</translation>
    </message>
    <message>
        <source>No conversation or transcript has the id %1.</source>
        <translation>Ninguna conversación ni transcripción tiene el id %1.</translation>
    </message>
    <message>
        <source>Exit codes (the same in every command):
  0  done
  1  failed, or something named does not exist (a campaign, a thread, a sandbox)
  2  usage error: wrong or conflicting arguments, an invalid --db URL; nothing was done
  3  not signed in
With --json, a failure also prints {&quot;error&quot;: {&quot;message&quot;: …, &quot;code&quot;: …}} on standard output; code is usage, not_found, not_signed_in or failed (or what the command documents).</source>
        <translation>Códigos de salida (los mismos en todas las órdenes):
  0  hecho
  1  falló, o algo nombrado no existe (una campaña, un hilo, un sandbox)
  2  error de uso: argumentos erróneos o contradictorios, una URL --db no válida; no se hizo nada
  3  sin sesión iniciada
Con --json, un fallo también imprime {&quot;error&quot;: {&quot;message&quot;: …, &quot;code&quot;: …}} en la salida estándar; code es usage, not_found, not_signed_in o failed (o lo que documente la orden).</translation>
    </message>
    <message numerus="yes">
        <source>The dashboard&apos;s additions are up to date (%n migration(s) applied).</source>
        <translation>
            <numerusform>Las adiciones del panel están al día (%n migración aplicada).</numerusform>
            <numerusform>Las adiciones del panel están al día (%n migraciones aplicadas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Some figures missed their targets.</source>
        <translation>Algunas cifras no alcanzaron su objetivo.</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2); its message is on standard error.</source>
        <translation>%1 falló (código de salida %2); el mensaje está en la salida de error estándar.</translation>
    </message>
    <message>
        <source>LEAD</source>
        <translation>LEAD</translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>CAMPAÑA</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ETAPA</translation>
    </message>
    <message>
        <source>QUALIFIED</source>
        <translation>CUALIFICADO</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>PAGADO</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MENSAJES</translation>
    </message>
    <message>
        <source>LAST MESSAGE</source>
        <translation>ÚLTIMO MENSAJE</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>List, add, edit, remove or choose the Supabase projects to use</source>
        <translation>Listar, añadir, editar, eliminar o elegir los proyectos de Supabase que usar</translation>
    </message>
    <message>
        <source>name a command first, e.g. `limitless campaigns list --json`</source>
        <translation>indica primero una orden, p. ej. `limitless campaigns list --json`</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>orden desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The database has no owner yet.</source>
        <translation>La base de datos aún no tiene propietario.</translation>
    </message>
    <message>
        <source>No owner has the e-mail address %1.</source>
        <translation>Ningún propietario tiene la dirección de correo electrónico %1.</translation>
    </message>
    <message>
        <source>The database has several owners: say which with --owner-email.</source>
        <translation>La base de datos tiene varios propietarios: indique cuál con --owner-email.</translation>
    </message>
    <message>
        <source>Ingest, list, replace or delete the knowledge base&apos;s documents</source>
        <translation>Incorporar, listar, reemplazar o eliminar los documentos de la base de conocimiento</translation>
    </message>
    <message>
        <source>Search the knowledge base as the agent does</source>
        <translation>Buscar en la base de conocimiento como lo hace el agente</translation>
    </message>
    <message>
        <source>Runs a benchmark and prints its figures. Benchmarks: db (query latency on the demo data against the seed&apos;s targets), funnel, documents, agent (the local agent runtime), agent-server (a LangGraph API server). Each has its own --help.</source>
        <translation>Ejecuta una prueba de rendimiento y muestra sus cifras. Pruebas: db (latencia de las consultas con los datos de demostración frente a los objetivos de la semilla), funnel, documents, agent (el entorno de ejecución local del agente), agent-server (un servidor de la API de LangGraph). Cada una tiene su propio --help.</translation>
    </message>
    <message>
        <source>Which benchmark: db, funnel, documents, agent or agent-server.</source>
        <translation>Qué prueba de rendimiento: db, funnel, documents, agent o agent-server.</translation>
    </message>
    <message>
        <source>Talk to the local sales agent as a lead (playground)</source>
        <translation>Hablar con el agente de ventas local como cliente potencial (zona de pruebas)</translation>
    </message>
    <message>
        <source>List, save or run the agent&apos;s test scenarios and see what changed</source>
        <translation>Listar, guardar o ejecutar los escenarios de prueba del agente y ver qué ha cambiado</translation>
    </message>
    <message>
        <source>Replay a conversation on the local agent beside the original</source>
        <translation>Reproducir de nuevo una conversación con el agente local junto a la original</translation>
    </message>
    <message>
        <source>Archive and delete old data by the retention policy, or restore it</source>
        <translation>Archivar y eliminar los datos antiguos según la política de retención, o restaurarlos</translation>
    </message>
</context>
<context>
    <name>CompactNumber</name>
    <message>
        <source>T</source>
        <comment>trillions</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>B</source>
        <comment>billions</comment>
        <translation>MM</translation>
    </message>
    <message>
        <source>M</source>
        <comment>millions</comment>
        <translation>M</translation>
    </message>
    <message>
        <source>k</source>
        <comment>thousands</comment>
        <translation>k</translation>
    </message>
</context>
<context>
    <name>ConnectionTester</name>
    <message>
        <source>The local sandbox is not running.</source>
        <translation>El sandbox local no está en ejecución.</translation>
    </message>
    <message>
        <source>No database host is set.</source>
        <translation>No se ha definido ningún host de base de datos.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cancelled before it ran</source>
        <translation>cancelada antes de ejecutarse</translation>
    </message>
</context>
<context>
    <name>DbBench</name>
    <message>
        <source>The database has no demo data: run `limitless demo-data --scale large` first.</source>
        <translation>La base de datos no tiene datos de demostración: ejecute primero `limitless demo-data --scale large`.</translation>
    </message>
    <message>
        <source>Campaign code lookup</source>
        <translation>Búsqueda por código de campaña</translation>
    </message>
    <message>
        <source>Conversation resume (latest checkpoint + messages)</source>
        <translation>Reanudación de conversación (último checkpoint + mensajes)</translation>
    </message>
    <message>
        <source>Analytics dashboard (90-day funnel + daily, roll-up)</source>
        <translation>Panel de analítica (embudo de 90 días + diario, agregados)</translation>
    </message>
    <message>
        <source>Analytics dashboard from raw events (peer)</source>
        <translation>Panel de analítica a partir de eventos sin procesar (referencia)</translation>
    </message>
    <message>
        <source>The database lacks the application tables or LangGraph&apos;s checkpoint tables: run the bench on a sandbox loaded with `limitless demo-data --scale large`.</source>
        <translation>A la base de datos le faltan las tablas de la aplicación o las tablas de checkpoints de LangGraph: ejecute la prueba en un sandbox cargado con `limitless demo-data --scale large`.</translation>
    </message>
</context>
<context>
    <name>DbError</name>
    <message>
        <source>Cannot reach the database server. Check that it is running and that the address is right.</source>
        <translation>No se puede contactar con el servidor de base de datos. Compruebe que está en marcha y que la dirección es correcta.</translation>
    </message>
    <message>
        <source>The database refused the sign-in: the user name or password is wrong, or this user may not connect.</source>
        <translation>La base de datos rechazó el inicio de sesión: el usuario o la contraseña no son correctos, o este usuario no puede conectarse.</translation>
    </message>
    <message>
        <source>The connection to the database was lost. Reconnecting…</source>
        <translation>Se perdió la conexión con la base de datos. Reconectando…</translation>
    </message>
    <message>
        <source>The connection was lost while saving. The change may not have been saved; check and try again.</source>
        <translation>Se perdió la conexión al guardar. Es posible que el cambio no se haya guardado; compruébelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The database address is not valid: %1</source>
        <translation>La dirección de la base de datos no es válida: %1</translation>
    </message>
    <message>
        <source>You do not have permission for this. Each owner can only see and change their own data.</source>
        <translation>No tiene permiso para esto. Cada propietario solo puede ver y cambiar sus propios datos.</translation>
    </message>
    <message>
        <source>This value is already taken; it must be unique.</source>
        <translation>Este valor ya está en uso; debe ser único.</translation>
    </message>
    <message>
        <source>This item is still in use by other records, or refers to one that does not exist.</source>
        <translation>Este elemento todavía lo usan otros registros, o hace referencia a uno que no existe.</translation>
    </message>
    <message>
        <source>A required value is missing.</source>
        <translation>Falta un valor obligatorio.</translation>
    </message>
    <message>
        <source>A value is outside what is allowed.</source>
        <translation>Un valor está fuera de lo permitido.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La solicitud se canceló.</translation>
    </message>
    <message>
        <source>The database server answered, but it has no database named “%1”. Check the database name at the end of the address.</source>
        <translation>El servidor de base de datos respondió, pero no tiene ninguna base de datos llamada «%1». Comprueba el nombre de la base de datos al final de la dirección.</translation>
    </message>
    <message>
        <source>The database refused access to the %1 “%2”: the role this connection uses has no grant on it. Connect as a role that has one (the app&apos;s role that `limitless migrate` sets up, or sign in as the owner), or ask the database&apos;s administrator to grant it.</source>
        <translation>La base de datos denegó el acceso a %1 «%2»: el rol de esta conexión no tiene permiso sobre ello. Conéctate con un rol que lo tenga (el rol de la aplicación que configura `limitless migrate`, o inicia sesión como propietario), o pide al administrador de la base de datos que lo conceda.</translation>
    </message>
    <message>
        <source>The database refused this: %1</source>
        <translation>La base de datos lo rechazó: %1</translation>
    </message>
    <message>
        <source>This database has no table “%1”: it has not been set up for the dashboard. Run `limitless migrate` against it.</source>
        <translation>Esta base de datos no tiene la tabla «%1»: no se ha preparado para el panel. Ejecuta `limitless migrate` contra ella.</translation>
    </message>
    <message>
        <source>This database lacks the dashboard&apos;s function %1. Run `limitless migrate` against it.</source>
        <translation>A esta base de datos le falta la función del panel %1. Ejecuta `limitless migrate` contra ella.</translation>
    </message>
    <message>
        <source>The database schema does not match this version of the app (%1). Run `limitless migrate` against it.</source>
        <translation>El esquema de la base de datos no coincide con esta versión de la aplicación (%1). Ejecuta `limitless migrate` contra ella.</translation>
    </message>
</context>
<context>
    <name>DbWorker</name>
    <message>
        <source>The database connection was closed.</source>
        <translation>La conexión con la base de datos se cerró.</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>no conectado</translation>
    </message>
</context>
<context>
    <name>DemoLoader</name>
    <message>
        <source>The database has no application tables yet: run `limitless migrate` first.</source>
        <translation>La base de datos aún no tiene las tablas de la aplicación: ejecute primero `limitless migrate`.</translation>
    </message>
    <message>
        <source>LangGraph&apos;s checkpoint tables are missing (the sandbox creates them, as does LangGraph&apos;s own setup()).</source>
        <translation>Faltan las tablas de checkpoints de LangGraph (el sandbox las crea, al igual que el propio setup() de LangGraph).</translation>
    </message>
    <message>
        <source>The database already has campaigns; load the demo business into an empty database (or pass --if-empty to skip).</source>
        <translation>La base de datos ya tiene campañas; cargue el negocio de demostración en una base de datos vacía (o indique --if-empty para omitir la carga).</translation>
    </message>
    <message>
        <source>Generating the demo business (seed %1)…</source>
        <translation>Generando el negocio de demostración (semilla %1)…</translation>
    </message>
    <message>
        <source>conversations %1/%2, events %3 (%4 s)</source>
        <translation>conversaciones %1/%2, eventos %3 (%4 s)</translation>
    </message>
    <message>
        <source>events %1 (%2 s)</source>
        <translation>eventos %1 (%2 s)</translation>
    </message>
    <message>
        <source>Committing…</source>
        <translation>Confirmando…</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>The database is not open.</source>
        <translation>La base de datos no está abierta.</translation>
    </message>
</context>
<context>
    <name>DocumentUndoCommand</name>
    <message>
        <source>Edit category and tags of %1</source>
        <translation>Editar categoría y etiquetas de %1</translation>
    </message>
</context>
<context>
    <name>DocumentsBench</name>
    <message>
        <source>PDF extraction: no PDF given (--pdf FILE).</source>
        <translation>Extracción de PDF: no se indicó ningún PDF (--pdf FILE).</translation>
    </message>
    <message>
        <source>Extracting %1…</source>
        <translation>Extrayendo %1…</translation>
    </message>
    <message>
        <source>PDF extraction: %1</source>
        <translation>Extracción de PDF: %1</translation>
    </message>
    <message>
        <source>Extract + chunk %1 (%2 pages, %3 chunks)</source>
        <translation>Extraer + fragmentar %1 (%2 páginas, %3 fragmentos)</translation>
    </message>
    <message>
        <source>pdftotext on the same file (peer)</source>
        <translation>pdftotext con el mismo archivo (referencia)</translation>
    </message>
    <message>
        <source>Ours / pdftotext</source>
        <translation>Nuestro / pdftotext</translation>
    </message>
    <message>
        <source>pdftotext is not installed (poppler-utils): no peer figure.</source>
        <translation>pdftotext no está instalado (poppler-utils): no hay cifra de referencia.</translation>
    </message>
    <message>
        <source>LangChain.js peer: no temporary file.</source>
        <translation>Referencia LangChain.js: no hay archivo temporal.</translation>
    </message>
    <message>
        <source>LangChain.js peer: %1</source>
        <translation>Referencia LangChain.js: %1</translation>
    </message>
    <message>
        <source>LangChain.js RecursiveCharacterTextSplitter (peer, %1 chunks)</source>
        <translation>LangChain.js RecursiveCharacterTextSplitter (referencia, %1 fragmentos)</translation>
    </message>
    <message>
        <source>Chunker speed over LangChain.js</source>
        <translation>Velocidad del fragmentador frente a LangChain.js</translation>
    </message>
    <message>
        <source>Embedding %1 chunks…</source>
        <translation>Generando embeddings de %1 fragmentos…</translation>
    </message>
    <message>
        <source>Offline embedder, %1 chunks</source>
        <translation>Generador de embeddings sin conexión, %1 fragmentos</translation>
    </message>
    <message>
        <source>Storing and retrieval: the database lacks the knowledge-base additions (run `limitless migrate`).</source>
        <translation>Almacenamiento y recuperación: a la base de datos le faltan las adiciones de la base de conocimiento (ejecute `limitless migrate`).</translation>
    </message>
    <message>
        <source>Storing and retrieval: the database has no owner.</source>
        <translation>Almacenamiento y recuperación: la base de datos no tiene propietario.</translation>
    </message>
    <message>
        <source>Storing %1 chunks…</source>
        <translation>Almacenando %1 fragmentos…</translation>
    </message>
    <message>
        <source>Storing %1 chunks (one transaction)</source>
        <translation>Almacenar %1 fragmentos (una transacción)</translation>
    </message>
    <message>
        <source>Filling to %1 chunks…</source>
        <translation>Rellenando hasta %1 fragmentos…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Loading %1 vectors into the in-process index</source>
        <translation>Cargando %1 vectores en el índice en proceso</translation>
    </message>
    <message>
        <source>Exact in-process top-3 at %1 chunks, p50</source>
        <translation>Top-3 exacto en proceso con %1 fragmentos, p50</translation>
    </message>
    <message>
        <source>Exact in-process top-3 at %1 chunks, p95</source>
        <translation>Top-3 exacto en proceso con %1 fragmentos, p95</translation>
    </message>
    <message>
        <source>Hybrid top-3 at %1 chunks, p50</source>
        <translation>Top-3 híbrido con %1 fragmentos, p50</translation>
    </message>
    <message>
        <source>Hybrid top-3 at %1 chunks, p95</source>
        <translation>Top-3 híbrido con %1 fragmentos, p95</translation>
    </message>
    <message>
        <source>OCR: no image-only PDF given (--ocr-pdf FILE).</source>
        <translation>OCR: no se indicó ningún PDF solo de imágenes (--ocr-pdf FILE).</translation>
    </message>
    <message>
        <source>Recognising %1…</source>
        <translation>Reconociendo %1…</translation>
    </message>
    <message>
        <source>OCR: %1</source>
        <translation>OCR: %1</translation>
    </message>
    <message>
        <source>no page needed OCR</source>
        <translation>ninguna página necesitó OCR</translation>
    </message>
    <message numerus="yes">
        <source>OCR (Tesseract, eng+deu+spa), %n page(s)</source>
        <translation>
            <numerusform>OCR (Tesseract, eng+deu+spa), %n página</numerusform>
            <numerusform>OCR (Tesseract, eng+deu+spa), %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>the licence texts in /usr/share/common-licenses</source>
        <translation>los textos de licencia de /usr/share/common-licenses</translation>
    </message>
    <message>
        <source>Chunking: no text to chunk (no --pdf and no licence texts).</source>
        <translation>Fragmentación: no hay texto que fragmentar (ni --pdf ni textos de licencia).</translation>
    </message>
    <message>
        <source>a two-paragraph sample</source>
        <translation>una muestra de dos párrafos</translation>
    </message>
    <message>
        <source>Chunking %1 MB of %2…</source>
        <translation>Fragmentando %1 MB de %2…</translation>
    </message>
    <message>
        <source>Chunker on %1 MB of %2 (%3 chunks)</source>
        <translation>Fragmentador con %1 MB de %2 (%3 fragmentos)</translation>
    </message>
    <message>
        <source>Analysing the tables, as autovacuum would after a bulk load…</source>
        <translation>Analizando las tablas, como haría autovacuum tras una carga masiva…</translation>
    </message>
    <message>
        <source>VACUUM ANALYZE %1: %2 (the searches run on stale statistics)</source>
        <translation>VACUUM ANALYZE %1: %2 (las búsquedas se ejecutan con estadísticas obsoletas)</translation>
    </message>
</context>
<context>
    <name>EmbedError</name>
    <message>
        <source>Embedding was cancelled.</source>
        <translation>Se canceló la generación de embeddings.</translation>
    </message>
    <message>
        <source>The embedding service did not answer within %1 s.</source>
        <translation>El servicio de embeddings no respondió en %1 s.</translation>
    </message>
    <message>
        <source>Could not reach the embedding service at %1: %2</source>
        <translation>No se pudo conectar con el servicio de embeddings en %1: %2</translation>
    </message>
    <message>
        <source>The embedding service refused the API key: %1</source>
        <translation>El servicio de embeddings rechazó la clave de API: %1</translation>
    </message>
    <message>
        <source>The embedding service refused access: %1</source>
        <translation>El servicio de embeddings denegó el acceso: %1</translation>
    </message>
    <message>
        <source>The embedding service&apos;s quota is used up: %1</source>
        <translation>Se agotó la cuota del servicio de embeddings: %1</translation>
    </message>
    <message>
        <source>The embedding service is rate-limiting requests: %1</source>
        <translation>El servicio de embeddings está limitando las solicitudes: %1</translation>
    </message>
    <message>
        <source>The embedding service failed (HTTP %1): %2</source>
        <translation>El servicio de embeddings falló (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The embedding service refused the request (HTTP %1): %2</source>
        <translation>El servicio de embeddings rechazó la solicitud (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The embedding service answered with something other than JSON.</source>
        <translation>El servicio de embeddings respondió con algo que no es JSON.</translation>
    </message>
    <message>
        <source>The embedding service&apos;s answer has no list of vectors.</source>
        <translation>La respuesta del servicio de embeddings no contiene ninguna lista de vectores.</translation>
    </message>
    <message>
        <source>The embedding service returned %1 vectors for %2 texts.</source>
        <translation>El servicio de embeddings devolvió %1 vectores para %2 textos.</translation>
    </message>
    <message>
        <source>The embedding service&apos;s answer numbers its vectors wrongly.</source>
        <translation>La respuesta del servicio de embeddings numera sus vectores de forma incorrecta.</translation>
    </message>
    <message>
        <source>The embedding service&apos;s answer holds a vector that is not a list of numbers.</source>
        <translation>La respuesta del servicio de embeddings contiene un vector que no es una lista de números.</translation>
    </message>
    <message>
        <source>The model returned %1-dimensional vectors; the database column holds %2.</source>
        <translation>El modelo devolvió vectores de %1 dimensiones; la columna de la base de datos admite %2.</translation>
    </message>
    <message>
        <source>The embedding service returned an empty vector.</source>
        <translation>El servicio de embeddings devolvió un vector vacío.</translation>
    </message>
</context>
<context>
    <name>EnvironmentTracker</name>
    <message>
        <source>The knowledge base&apos;s keys could not be read from the keychain: %1</source>
        <translation>No se pudieron leer del llavero las claves de la base de conocimiento: %1</translation>
    </message>
</context>
<context>
    <name>ExtractError</name>
    <message>
        <source>%1 It was refused before it was inflated: it looks like a zip bomb.</source>
        <translation>%1 Se rechazó antes de descomprimirlo: parece una bomba zip.</translation>
    </message>
    <message>
        <source>This DOCX is damaged: the table of contents of its ZIP container cannot be read.</source>
        <translation>Este DOCX está dañado: no se puede leer el directorio de su contenedor ZIP.</translation>
    </message>
    <message>
        <source>This DOCX holds %1 files, more than the %2 allowed.</source>
        <translation>Este DOCX contiene %1 archivos, más de los %2 permitidos.</translation>
    </message>
    <message>
        <source>The part %1 of this DOCX would inflate from %2 to %3.</source>
        <translation>La parte %1 de este DOCX se descomprimiría de %2 a %3.</translation>
    </message>
    <message>
        <source>This DOCX would inflate to more than %1, the limit.</source>
        <translation>Este DOCX se descomprimiría a más de %1, el límite.</translation>
    </message>
    <message>
        <source>The text of this DOCX is encrypted inside its ZIP container.</source>
        <translation>El texto de este DOCX está cifrado dentro de su contenedor ZIP.</translation>
    </message>
    <message>
        <source>This DOCX is damaged: %1 cannot be opened.</source>
        <translation>Este DOCX está dañado: no se puede abrir %1.</translation>
    </message>
    <message>
        <source>The part %1 of this DOCX inflates to more than its directory declares.</source>
        <translation>La parte %1 de este DOCX se descomprime a más de lo que declara su directorio.</translation>
    </message>
    <message>
        <source>This DOCX is damaged: %1 does not inflate to what was stored (checksum error).</source>
        <translation>Este DOCX está dañado: %1 no se descomprime en lo que se almacenó (error de suma de comprobación).</translation>
    </message>
    <message>
        <source>The text of this DOCX is damaged: %1 is not well-formed XML (line %2: %3).</source>
        <translation>El texto de este DOCX está dañado: %1 no es XML bien formado (línea %2: %3).</translation>
    </message>
    <message>
        <source>This DOCX has no word/document.xml, the part that holds its text: it is damaged or not a Word document.</source>
        <translation>Este DOCX no tiene word/document.xml, la parte que contiene su texto: está dañado o no es un documento de Word.</translation>
    </message>
    <message>
        <source>This Word document holds no text.</source>
        <translation>Este documento de Word no contiene texto.</translation>
    </message>
    <message>
        <source>Reading the document was cancelled.</source>
        <translation>Se canceló la lectura del documento.</translation>
    </message>
    <message>
        <source>This file cannot be read: %1</source>
        <translation>No se puede leer este archivo: %1</translation>
    </message>
    <message>
        <source>This file grew past the size limit while it was read.</source>
        <translation>Este archivo superó el límite de tamaño mientras se leía.</translation>
    </message>
    <message>
        <source>a PDF</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>un PDF</translation>
    </message>
    <message>
        <source>a Word document (DOCX)</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>un documento de Word (DOCX)</translation>
    </message>
    <message>
        <source>an Office file that is not a Word document</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>un archivo de Office que no es un documento de Word</translation>
    </message>
    <message>
        <source>an Excel workbook (XLSX)</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>un libro de Excel (XLSX)</translation>
    </message>
    <message>
        <source>a PowerPoint presentation (PPTX)</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>una presentación de PowerPoint (PPTX)</translation>
    </message>
    <message>
        <source>an OpenDocument file (ODT, ODS or ODP)</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>un archivo OpenDocument (ODT, ODS u ODP)</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>un archivo ZIP</translation>
    </message>
    <message>
        <source>a damaged ZIP archive</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>un archivo ZIP dañado</translation>
    </message>
    <message>
        <source>a text file</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>un archivo de texto</translation>
    </message>
    <message>
        <source>text in an encoding other than UTF-8, UTF-16 or Latin-1</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>texto en una codificación distinta de UTF-8, UTF-16 o Latin-1</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>una imagen BMP</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>una imagen TIFF</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>una imagen WebP</translation>
    </message>
    <message>
        <source>an RTF document</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>un documento RTF</translation>
    </message>
    <message>
        <source>an ELF executable (a Linux program)</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>un ejecutable ELF (un programa de Linux)</translation>
    </message>
    <message>
        <source>a Windows executable</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>un ejecutable de Windows</translation>
    </message>
    <message>
        <source>a macOS executable</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>un ejecutable de macOS</translation>
    </message>
    <message>
        <source>an Office 97–2003 file (.doc, .xls or .ppt)</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>un archivo de Office 97–2003 (.doc, .xls o .ppt)</translation>
    </message>
    <message>
        <source>a password-protected Office file</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>un archivo de Office protegido con contraseña</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>un archivo gzip</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>un archivo 7-Zip</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>un archivo RAR</translation>
    </message>
    <message>
        <source>an SQLite database</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>una base de datos SQLite</translation>
    </message>
    <message>
        <source>binary data of an unknown kind</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>datos binarios de tipo desconocido</translation>
    </message>
    <message>
        <source>a file of an unknown kind</source>
        <extracomment>inserted into &quot;This file is named .%1 but is %2.&quot;</extracomment>
        <translation>un archivo de tipo desconocido</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Esto es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>Este archivo no existe.</translation>
    </message>
    <message>
        <source>This file is empty.</source>
        <translation>Este archivo está vacío.</translation>
    </message>
    <message>
        <source>This file is %1; the limit is %2.</source>
        <translation>Este archivo ocupa %1; el límite es %2.</translation>
    </message>
    <message>
        <source>This file&apos;s name has no extension. It looks like %1: rename it to end in .%2 to add it.</source>
        <translation>El nombre de este archivo no tiene extensión. Parece %1: cámbiele el nombre para que termine en .%2 y así poder añadirlo.</translation>
    </message>
    <message>
        <source>Files ending in .%1 are not taken. This one looks like %2: rename it to end in .%3 to add it.</source>
        <translation>No se admiten archivos que terminan en .%1. Este parece %2: cámbiele el nombre para que termine en .%3 y así poder añadirlo.</translation>
    </message>
    <message>
        <source>This file is %1; the knowledge base takes PDF, DOCX, text and Markdown files.</source>
        <translation>Este archivo es %1; la base de conocimiento admite archivos PDF, DOCX, de texto y Markdown.</translation>
    </message>
    <message>
        <source>This Word document is protected by a password: remove the password in Word and add it again.</source>
        <translation>Este documento de Word está protegido con contraseña: quite la contraseña en Word y vuelva a añadirlo.</translation>
    </message>
    <message>
        <source>This file is named .docx but is a ZIP archive without word/document.xml, so not a Word document.</source>
        <translation>Este archivo se llama .docx pero es un archivo ZIP sin word/document.xml, así que no es un documento de Word.</translation>
    </message>
    <message>
        <source>This text is not in UTF-8, UTF-16 or Latin-1 (Windows-1252): save it as UTF-8 and add it again.</source>
        <translation>Este texto no está en UTF-8, UTF-16 ni Latin-1 (Windows-1252): guárdelo como UTF-8 y vuelva a añadirlo.</translation>
    </message>
    <message>
        <source>This file is named .%1 but is %2.</source>
        <translation>Este archivo se llama .%1 pero es %2.</translation>
    </message>
    <message>
        <source>This PDF is damaged: its structure cannot be read.</source>
        <translation>Este PDF está dañado: no se puede leer su estructura.</translation>
    </message>
    <message>
        <source>This PDF is incomplete: it stops before its end, as if cut off while it was downloaded or copied.</source>
        <translation>Este PDF está incompleto: se interrumpe antes de su final, como si se hubiera cortado al descargarlo o copiarlo.</translation>
    </message>
    <message>
        <source>This PDF is protected by a password.</source>
        <translation>Este PDF está protegido con contraseña.</translation>
    </message>
    <message>
        <source>The password for this PDF is wrong.</source>
        <translation>La contraseña de este PDF es incorrecta.</translation>
    </message>
    <message>
        <source>This PDF is damaged: no page can be found in it.</source>
        <translation>Este PDF está dañado: no se encuentra ninguna página en él.</translation>
    </message>
    <message>
        <source>This PDF is damaged: none of its pages can be read.</source>
        <translation>Este PDF está dañado: no se puede leer ninguna de sus páginas.</translation>
    </message>
    <message>
        <source>This PDF has no text layer (it looks scanned), and recognising text in scans (OCR) is turned off.</source>
        <translation>Este PDF no tiene capa de texto (parece escaneado) y el reconocimiento de texto en escaneos (OCR) está desactivado.</translation>
    </message>
    <message>
        <source>This PDF has no text layer (it looks scanned), and no OCR language data is installed to read it.</source>
        <translation>Este PDF no tiene capa de texto (parece escaneado) y no hay datos de idioma de OCR instalados para leerlo.</translation>
    </message>
    <message>
        <source>No text was found in this PDF, not even by OCR.</source>
        <translation>No se encontró texto en este PDF, ni siquiera mediante OCR.</translation>
    </message>
    <message>
        <source>This file holds binary data further on, so it is not a text file.</source>
        <translation>Este archivo contiene datos binarios más adelante, así que no es un archivo de texto.</translation>
    </message>
    <message>
        <source>This file holds no text, only white space.</source>
        <translation>Este archivo no contiene texto, solo espacios en blanco.</translation>
    </message>
</context>
<context>
    <name>ExtractNote</name>
    <message numerus="yes">
        <source>%n page(s) recognised by OCR</source>
        <translation>
            <numerusform>%n página reconocida por OCR</numerusform>
            <numerusform>%n páginas reconocidas por OCR</numerusform>
        </translation>
    </message>
    <message>
        <source>OCR ran without these languages, whose data is not installed: %1</source>
        <translation>El OCR se ejecutó sin estos idiomas, cuyos datos no están instalados: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) without a text layer left out: OCR is turned off</source>
        <translation>
            <numerusform>%n página sin capa de texto omitida: el OCR está desactivado</numerusform>
            <numerusform>%n páginas sin capa de texto omitidas: el OCR está desactivado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) without a text layer left out: no OCR language data is installed</source>
        <translation>
            <numerusform>%n página sin capa de texto omitida: no hay datos de idioma de OCR instalados</numerusform>
            <numerusform>%n páginas sin capa de texto omitidas: no hay datos de idioma de OCR instalados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) without any text</source>
        <translation>
            <numerusform>%n página sin ningún texto</numerusform>
            <numerusform>%n páginas sin ningún texto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be read</source>
        <translation>
            <numerusform>No se pudo leer %n página</numerusform>
            <numerusform>No se pudieron leer %n páginas</numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF seems cut off at its end; the pages that could be read were taken.</source>
        <translation>Este PDF parece cortado al final; se tomaron las páginas que se pudieron leer.</translation>
    </message>
    <message>
        <source>Decoded as Latin-1 (Windows-1252): the file is not UTF-8.</source>
        <translation>Decodificado como Latin-1 (Windows-1252): el archivo no es UTF-8.</translation>
    </message>
    <message>
        <source>Decoded as UTF-16.</source>
        <translation>Decodificado como UTF-16.</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid byte sequence(s) were replaced with �.</source>
        <translation>
            <numerusform>Se reemplazó %n secuencia de bytes no válida por �.</numerusform>
            <numerusform>Se reemplazaron %n secuencias de bytes no válidas por �.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FunnelBench</name>
    <message>
        <source>Refresh, 90 days (funnel, daily, objections, revenue, campaigns + data quality)</source>
        <translation>Actualización, 90 días (embudo, diario, objeciones, ingresos, campañas + calidad de datos)</translation>
    </message>
    <message>
        <source>Refresh, comparison with the previous 90 days</source>
        <translation>Actualización, comparación con los 90 días anteriores</translation>
    </message>
    <message>
        <source>Same refresh from analytics_events and payments (peer)</source>
        <translation>La misma actualización desde analytics_events y payments (referencia)</translation>
    </message>
</context>
<context>
    <name>FunnelStage</name>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificados</translation>
    </message>
    <message>
        <source>Pitch delivered</source>
        <translation>Discurso de venta presentado</translation>
    </message>
    <message>
        <source>Payment link sent</source>
        <translation>Enlace de pago enviado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
</context>
<context>
    <name>GcsStore</name>
    <message>
        <source>Google Cloud Storage did not accept the service account&apos;s credentials: %1</source>
        <translation>Google Cloud Storage no aceptó las credenciales de la cuenta de servicio: %1</translation>
    </message>
    <message>
        <source>Google Cloud Storage refused access to the bucket &quot;%1&quot;: %2</source>
        <translation>Google Cloud Storage denegó el acceso al bucket &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>Google Cloud Storage has no such bucket or object: %1</source>
        <translation>Google Cloud Storage no tiene ese bucket u objeto: %1</translation>
    </message>
    <message>
        <source>Google Cloud Storage is limiting requests; try again later.</source>
        <translation>Google Cloud Storage está limitando las solicitudes; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Google Cloud Storage is unavailable (HTTP %1); try again later.</source>
        <translation>Google Cloud Storage no está disponible (HTTP %1); inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Google Cloud Storage refused the request (HTTP %1): %2</source>
        <translation>Google Cloud Storage rechazó la solicitud (HTTP %1): %2</translation>
    </message>
    <message>
        <source>Google Cloud Storage stopped answering.</source>
        <translation>Google Cloud Storage dejó de responder.</translation>
    </message>
    <message>
        <source>Google Cloud Storage cannot be reached: %1</source>
        <translation>No se puede conectar con Google Cloud Storage: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Google Cloud Storage asks to wait %1 seconds before trying again.</source>
        <translation>Google Cloud Storage pide esperar %1 segundos antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as the name of a stored file.</source>
        <translation>&quot;%1&quot; no se puede usar como nombre de un archivo almacenado.</translation>
    </message>
    <message>
        <source>The storage address %1 is not an https address.</source>
        <translation>La dirección de almacenamiento %1 no es una dirección https.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Google Cloud Storage did not open an upload session.</source>
        <translation>Google Cloud Storage no abrió una sesión de subida.</translation>
    </message>
    <message>
        <source>%1 changed while it was being uploaded.</source>
        <translation>%1 cambió mientras se subía.</translation>
    </message>
    <message>
        <source>Google Cloud Storage ended the upload session twice; try again later.</source>
        <translation>Google Cloud Storage finalizó la sesión de subida dos veces; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Google Cloud Storage reported an upload position that does not fit the file.</source>
        <translation>Google Cloud Storage indicó una posición de subida que no corresponde al archivo.</translation>
    </message>
    <message>
        <source>Google Cloud Storage is not taking the file&apos;s bytes; try again later.</source>
        <translation>Google Cloud Storage no está aceptando los bytes del archivo; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The copy in Google Cloud Storage differs from the file.</source>
        <translation>La copia en Google Cloud Storage difiere del archivo.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Google Cloud Storage address.</source>
        <translation>&quot;%1&quot; no es una dirección de Google Cloud Storage.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>No se puede crear la carpeta para %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The stored file %1 is no longer in Google Cloud Storage.</source>
        <translation>El archivo almacenado %1 ya no está en Google Cloud Storage.</translation>
    </message>
    <message>
        <source>The downloaded copy of %1 is damaged.</source>
        <translation>La copia descargada de %1 está dañada.</translation>
    </message>
</context>
<context>
    <name>GoogleTokenSource</name>
    <message>
        <source>The service-account key could not sign the token request.</source>
        <translation>La clave de la cuenta de servicio no pudo firmar la solicitud de token.</translation>
    </message>
    <message>
        <source>No valid service-account key is set.</source>
        <translation>No hay ninguna clave de cuenta de servicio válida configurada.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service cannot be reached (%1).</source>
        <translation>No se puede conectar con el servicio de inicio de sesión de Google (%1).</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service gave an answer that is not an access token.</source>
        <translation>El servicio de inicio de sesión de Google dio una respuesta que no es un token de acceso.</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service is limiting requests; the upload will be retried later.</source>
        <translation>El servicio de inicio de sesión de Google está limitando las solicitudes; la subida se reintentará más tarde.</translation>
    </message>
    <message>
        <source>Google&apos;s sign-in service is unavailable (HTTP %1).</source>
        <translation>El servicio de inicio de sesión de Google no está disponible (HTTP %1).</translation>
    </message>
    <message>
        <source>Google refused the service-account key: %1</source>
        <translation>Google rechazó la clave de la cuenta de servicio: %1</translation>
    </message>
</context>
<context>
    <name>IngestQueue</name>
    <message>
        <source>There is no such file or folder.</source>
        <translation>No existe ese archivo o carpeta.</translation>
    </message>
    <message>
        <source>Documents could not be queued again: %1</source>
        <translation>No se pudieron volver a poner en cola los documentos: %1</translation>
    </message>
</context>
<context>
    <name>Ingestor</name>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Extracting text</source>
        <translation>Extrayendo texto</translation>
    </message>
    <message>
        <source>Chunking</source>
        <translation>Fragmentando</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Generando embeddings</translation>
    </message>
    <message>
        <source>Storing</source>
        <translation>Almacenando</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>“%1” is not a category; use one of: %2.</source>
        <translation>“%1” no es una categoría; use una de estas: %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>This database does not have the dashboard&apos;s knowledge-base tables. Run `limitless migrate` to add them; nothing was uploaded.</source>
        <translation>Esta base de datos no tiene las tablas de base de conocimiento del panel. Ejecute `limitless migrate` para añadirlas; no se subió nada.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>No existe el documento %1.</translation>
    </message>
    <message>
        <source>%1 has the same content as %2 (version %3).</source>
        <translation>%1 tiene el mismo contenido que %2 (versión %3).</translation>
    </message>
    <message>
        <source>Skipped %1: the same content is already there as %2.</source>
        <translation>Se omitió %1: el mismo contenido ya existe como %2.</translation>
    </message>
    <message>
        <source>%1 is queued as version %2.</source>
        <translation>%1 está en cola como versión %2.</translation>
    </message>
    <message>
        <source>%1 is queued.</source>
        <translation>%1 está en cola.</translation>
    </message>
    <message>
        <source>Another worker is processing this document right now.</source>
        <translation>Otro proceso de trabajo está procesando este documento en este momento.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The document was deleted.</source>
        <translation>Se eliminó el documento.</translation>
    </message>
    <message>
        <source>Cannot read the stored file: %1</source>
        <translation>No se puede leer el archivo almacenado: %1</translation>
    </message>
    <message>
        <source>%1 contains no text to learn from.</source>
        <translation>%1 no contiene texto del que aprender.</translation>
    </message>
    <message>
        <source>The embedding model %1 gives %2-dimensional vectors; the database column holds %3.</source>
        <translation>El modelo de embeddings %1 genera vectores de %2 dimensiones; la columna de la base de datos admite %3.</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>Access to it was refused. Unlock the keychain and allow Limitless to use it.</source>
        <translation>Se denegó el acceso. Desbloquee el llavero y permita que Limitless lo use.</translation>
    </message>
    <message>
        <source>No keychain service is running (on Linux: GNOME Keyring, KWallet or another Secret Service provider).</source>
        <translation>No se está ejecutando ningún servicio de llavero (en Linux: GNOME Keyring, KWallet u otro proveedor de Secret Service).</translation>
    </message>
    <message>
        <source>It reported: %1</source>
        <translation>Informó: %1</translation>
    </message>
</context>
<context>
    <name>KnowledgeSettings</name>
    <message>
        <source>The embeddings URL “%1” is not a URL.</source>
        <translation>La URL de embeddings “%1” no es una URL.</translation>
    </message>
    <message>
        <source>Documents go to Google Cloud Storage, but no service-account key is stored for this profile. Add the key in the knowledge settings.</source>
        <translation>Los documentos van a Google Cloud Storage, pero no hay ninguna clave de cuenta de servicio guardada para este perfil. Añada la clave en la configuración de la base de conocimiento.</translation>
    </message>
    <message>
        <source>Name the Google Cloud Storage bucket for the documents.</source>
        <translation>Indique el bucket de Google Cloud Storage para los documentos.</translation>
    </message>
    <message>
        <source>The embeddings URL must be an http(s) URL, e.g. https://api.openai.com/v1.</source>
        <translation>La URL de embeddings debe ser una URL http(s), p. ej. https://api.openai.com/v1.</translation>
    </message>
    <message>
        <source>Name the embedding model, e.g. text-embedding-3-small.</source>
        <translation>Indique el modelo de embeddings, p. ej. text-embedding-3-small.</translation>
    </message>
    <message>
        <source>The chunk size must be between 50 and 4000 tokens.</source>
        <translation>El tamaño de fragmento debe estar entre 50 y 4000 tokens.</translation>
    </message>
    <message>
        <source>The chunk overlap must be at least 0 and less than half the chunk size.</source>
        <translation>El solapamiento de fragmentos debe ser de al menos 0 y menor que la mitad del tamaño de fragmento.</translation>
    </message>
    <message>
        <source>The upload limit must be between 1 and 1024 MB.</source>
        <translation>El límite de subida debe estar entre 1 y 1024 MB.</translation>
    </message>
</context>
<context>
    <name>KnowledgeStore</name>
    <message>
        <source>“%1” is not a category; use one of: %2.</source>
        <translation>“%1” no es una categoría; use una de estas: %2.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>No existe el documento %1.</translation>
    </message>
    <message>
        <source>This database does not have the dashboard&apos;s knowledge-base tables. Run `limitless migrate` to add them; nothing was uploaded.</source>
        <translation>Esta base de datos no tiene las tablas de base de conocimiento del panel. Ejecute `limitless migrate` para añadirlas; no se subió nada.</translation>
    </message>
    <message>
        <source>The embedding model %1 gives %2-dimensional vectors; the database column holds %3. Nothing was stored.</source>
        <translation>El modelo de embeddings %1 genera vectores de %2 dimensiones; la columna de la base de datos admite %3. No se almacenó nada.</translation>
    </message>
    <message>
        <source>%1 chunks but %2 vectors: nothing was stored.</source>
        <translation>%1 fragmentos pero %2 vectores: no se almacenó nada.</translation>
    </message>
    <message>
        <source>A vector has %1 dimensions; the database column holds %2. Nothing was stored.</source>
        <translation>Un vector tiene %1 dimensiones; la columna de la base de datos admite %2. No se almacenó nada.</translation>
    </message>
    <message>
        <source>The document was deleted while it was being processed.</source>
        <translation>El documento se eliminó mientras se procesaba.</translation>
    </message>
    <message>
        <source>Another worker took this document over; this result was discarded.</source>
        <translation>Otro proceso de trabajo se hizo cargo de este documento; se descartó este resultado.</translation>
    </message>
</context>
<context>
    <name>KnowledgeTools</name>
    <message>
        <source>The knowledge settings are incomplete: %1</source>
        <translation>La configuración de la base de conocimiento está incompleta: %1</translation>
    </message>
    <message>
        <source>No owner profile belongs to the signed-in account, so documents cannot be added. Sign in as the business&apos;s owner, whose profile the web app creates at sign-up.</source>
        <translation>Ningún perfil de propietario pertenece a la cuenta con la que se ha iniciado sesión, así que no se pueden añadir documentos. Inicie sesión como propietario del negocio, cuyo perfil crea la aplicación web al registrarse.</translation>
    </message>
</context>
<context>
    <name>LocalAuthBackend</name>
    <message>
        <source>The local sandbox is not running. Start it with `limitless sandbox start` or open the app, which starts it.</source>
        <translation>El sandbox local no está en ejecución. Inícielo con `limitless sandbox start` o abra la aplicación, que lo inicia.</translation>
    </message>
    <message>
        <source>The local sandbox was created by an older version of the app and has no sign-in functions. Recreate it with `limitless sandbox reset` followed by `limitless sandbox start` (this deletes the sandbox&apos;s data).</source>
        <translation>El sandbox local se creó con una versión anterior de la aplicación y no tiene funciones de inicio de sesión. Vuelva a crearlo con `limitless sandbox reset` seguido de `limitless sandbox start` (esto elimina los datos del sandbox).</translation>
    </message>
    <message>
        <source>The local sandbox sends no e-mail. Set a new password with `limitless sandbox passwd`.</source>
        <translation>El sandbox local no envía correos electrónicos. Establezca una contraseña nueva con `limitless sandbox passwd`.</translation>
    </message>
    <message>
        <source>Google and GitHub sign-in need a Supabase project.</source>
        <translation>El inicio de sesión con Google y GitHub requiere un proyecto de Supabase.</translation>
    </message>
    <message>
        <source>Local sandbox accounts have no second factor.</source>
        <translation>Las cuentas del sandbox local no tienen segundo factor.</translation>
    </message>
</context>
<context>
    <name>LocalFolderStore</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>No se puede crear la carpeta para %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be used as the name of a stored file.</source>
        <translation>&quot;%1&quot; no se puede usar como nombre de un archivo almacenado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a local file address.</source>
        <translation>&quot;%1&quot; no es una dirección de archivo local.</translation>
    </message>
    <message>
        <source>%1 is not in the document folder %2.</source>
        <translation>%1 no está en la carpeta de documentos %2.</translation>
    </message>
    <message>
        <source>Cannot delete %1: %2</source>
        <translation>No se puede eliminar %1: %2</translation>
    </message>
    <message>
        <source>The stored file %1 is missing.</source>
        <translation>Falta el archivo almacenado %1.</translation>
    </message>
</context>
<context>
    <name>LoopbackRedirect</name>
    <message>
        <source>Port %1 on this computer is in use.</source>
        <translation>El puerto %1 de este equipo está en uso.</translation>
    </message>
    <message>
        <source>Not allowed</source>
        <translation>No permitido</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Error al iniciar sesión</translation>
    </message>
    <message>
        <source>The sign-in did not complete. Return to Limitless to see why.</source>
        <translation>El inicio de sesión no se completó. Vuelva a Limitless para ver el motivo.</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sesión iniciada</translation>
    </message>
    <message>
        <source>You are signed in. You can close this tab and return to Limitless.</source>
        <translation>Ha iniciado sesión. Puede cerrar esta pestaña y volver a Limitless.</translation>
    </message>
</context>
<context>
    <name>MigrationSet</name>
    <message>
        <source>Cannot read the migration journal %1.</source>
        <translation>No se puede leer el registro de migraciones %1.</translation>
    </message>
    <message>
        <source>The migration journal %1 is not valid JSON: %2 at offset %3.</source>
        <translation>El registro de migraciones %1 no es JSON válido: %2 en la posición %3.</translation>
    </message>
    <message>
        <source>The migration journal %1 has no &quot;entries&quot; list.</source>
        <translation>El registro de migraciones %1 no tiene una lista &quot;entries&quot;.</translation>
    </message>
    <message>
        <source>The migration journal %1 is for dialect &quot;%2&quot;, not &quot;postgresql&quot;.</source>
        <translation>El registro de migraciones %1 es para el dialecto &quot;%2&quot;, no para &quot;postgresql&quot;.</translation>
    </message>
    <message>
        <source>Entry %1 of the migration journal %2 has no valid &quot;tag&quot;.</source>
        <translation>La entrada %1 del registro de migraciones %2 no tiene un &quot;tag&quot; válido.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) of the migration journal %3 has no valid &quot;when&quot; timestamp.</source>
        <translation>La entrada %1 (%2) del registro de migraciones %3 no tiene una marca de tiempo &quot;when&quot; válida.</translation>
    </message>
    <message>
        <source>The migration journal %1 lists %2 twice.</source>
        <translation>El registro de migraciones %1 incluye %2 dos veces.</translation>
    </message>
    <message>
        <source>Entry %1 (%2) of the migration journal %3 is not newer than the entry before it; &quot;when&quot; must increase.</source>
        <translation>La entrada %1 (%2) del registro de migraciones %3 no es más reciente que la anterior; &quot;when&quot; debe aumentar.</translation>
    </message>
    <message>
        <source>The migration journal %1 lists %2, but the file %3 is missing or unreadable.</source>
        <translation>El registro de migraciones %1 incluye %2, pero el archivo %3 falta o no se puede leer.</translation>
    </message>
    <message>
        <source>The migration file %1 is not valid UTF-8.</source>
        <translation>El archivo de migración %1 no es UTF-8 válido.</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <source>Migrations must run outside any open transaction, so that they commit or roll back as one.</source>
        <translation>Las migraciones deben ejecutarse fuera de cualquier transacción abierta, para que se confirmen o se reviertan como una sola.</translation>
    </message>
    <message>
        <source>The database has the dashboard&apos;s migration %1/%2, which this build does not know: a newer version of the app installed it. Nothing was changed. Update the app on this computer, then run limitless migrate again.</source>
        <translation>La base de datos tiene la migración del panel %1/%2, que esta versión no conoce: la instaló una versión más reciente de la aplicación. No se cambió nada. Actualice la aplicación en este equipo y vuelva a ejecutar limitless migrate.</translation>
    </message>
    <message>
        <source>The migration file %1/%2 has changed since it was applied to this database (hash applied: %3, file: %4). Applied migrations are never edited, so this build cannot vouch for the database. Nothing was changed; use the build that applied it, or a newer one.</source>
        <translation>El archivo de migración %1/%2 ha cambiado desde que se aplicó a esta base de datos (hash aplicado: %3, archivo: %4). Las migraciones aplicadas nunca se editan, así que esta versión no puede responder por la base de datos. No se cambió nada; use la versión que la aplicó o una más reciente.</translation>
    </message>
    <message>
        <source>The migration %1/%2 is older than the newest one applied to this database but was never applied. Nothing was changed; this build&apos;s migrations are out of order.</source>
        <translation>La migración %1/%2 es anterior a la más reciente aplicada a esta base de datos, pero nunca se aplicó. No se cambió nada; las migraciones de esta versión están desordenadas.</translation>
    </message>
    <message>
        <source>An earlier version of the dashboard recorded its migrations in drizzle.__drizzle_migrations (%1 rows) and kept its roll-ups in schema public. They move to schema limitless; the roll-ups are rebuilt from the events and payments, no data is lost.</source>
        <translation>Una versión anterior del panel registró sus migraciones en drizzle.__drizzle_migrations (%1 filas) y guardó sus resúmenes en el esquema public. Pasan al esquema limitless; los resúmenes se reconstruyen a partir de los eventos y los pagos, no se pierde ningún dato.</translation>
    </message>
    <message>
        <source>Schema &quot;limitless&quot; already exists and holds objects that the dashboard did not create (%1); it has no record of installing anything there. The dashboard keeps its additions in that schema and will not mix them with someone else&apos;s objects. Nothing was changed. Find out who made them; if they are not needed, drop the schema, then run limitless migrate again.</source>
        <translation>El esquema «limitless» ya existe y contiene objetos que el panel no creó (%1); no tiene constancia de haber instalado nada allí. El panel guarda sus adiciones en ese esquema y no las mezcla con objetos ajenos. No se cambió nada. Averigüe quién los creó; si no hacen falta, elimine el esquema y vuelva a ejecutar limitless migrate.</translation>
    </message>
    <message>
        <source>The role %1 may not create schemas in this database, and the dashboard&apos;s additions go into a schema of their own (&quot;limitless&quot;). Nothing was changed. Run limitless migrate as the database&apos;s owner (on Supabase: the postgres role, direct connection or session pooler). Until then every page works without the additions, more slowly.</source>
        <translation>El rol %1 no puede crear esquemas en esta base de datos, y las adiciones del panel van a un esquema propio («limitless»). No se cambió nada. Ejecute limitless migrate como propietario de la base de datos (en Supabase: el rol postgres, conexión directa o session pooler). Mientras tanto, todas las páginas funcionan sin las adiciones, más despacio.</translation>
    </message>
    <message>
        <source>The role %1 may not create tables in schema public, so it cannot create the seed&apos;s tables. Nothing was changed. Run limitless migrate as the database&apos;s owner.</source>
        <translation>El rol %1 no puede crear tablas en el esquema public, así que no puede crear las tablas de la semilla. No se cambió nada. Ejecute limitless migrate como propietario de la base de datos.</translation>
    </message>
    <message>
        <source>The role %1 does not own the seed&apos;s tables %2, and the dashboard&apos;s additions put row-level security, indexes and triggers on them. Nothing was changed. Run limitless migrate as the tables&apos; owner (on Supabase: the postgres role). Until then every page works without the additions, more slowly.</source>
        <translation>El rol %1 no es propietario de las tablas de la semilla %2, y las adiciones del panel les añaden seguridad a nivel de fila, índices y disparadores. No se cambió nada. Ejecute limitless migrate como propietario de las tablas (en Supabase: el rol postgres). Mientras tanto, todas las páginas funcionan sin las adiciones, más despacio.</translation>
    </message>
    <message>
        <source>The dashboard&apos;s bookkeeping says it created the seed&apos;s tables in this database, but none of them exists any more (someone dropped them). Nothing was changed. Restore the database from a backup, or drop schema limitless to start afresh.</source>
        <translation>Según el registro del panel, creó las tablas de la semilla en esta base de datos, pero ya no existe ninguna (alguien las eliminó). No se cambió nada. Restaure la base de datos desde una copia de seguridad o elimine el esquema limitless para empezar de nuevo.</translation>
    </message>
    <message>
        <source>The database has some of the seed&apos;s tables (%1) but not the others (%2). The dashboard creates the seed&apos;s tables only on a database that has none of them, and works only on one that has all seven. Nothing was changed. Let the web project&apos;s migrations finish (drizzle-kit migrate), then run limitless migrate again.</source>
        <translation>La base de datos tiene algunas tablas de la semilla (%1) pero no las demás (%2). El panel crea las tablas de la semilla solo en una base de datos que no tiene ninguna, y solo funciona con una que tiene las siete. No se cambió nada. Deje que terminen las migraciones del proyecto web (drizzle-kit migrate) y vuelva a ejecutar limitless migrate.</translation>
    </message>
    <message>
        <source>The seed&apos;s tables are here, but they differ from the seed where the dashboard reads and writes: %1. Nothing was changed. These columns belong to the web project&apos;s schema; bring them back to the seed&apos;s definition there (a drizzle-kit migration), then run limitless migrate again.</source>
        <translation>Las tablas de la semilla están, pero difieren de la semilla donde el panel lee y escribe: %1. No se cambió nada. Estas columnas pertenecen al esquema del proyecto web; devuélvalas allí a la definición de la semilla (una migración de drizzle-kit) y vuelva a ejecutar limitless migrate.</translation>
    </message>
    <message>
        <source>Migration %1 failed at statement %2 of %3, and nothing was changed: %4</source>
        <translation>La migración %1 falló en la instrucción %2 de %3 y no se cambió nada: %4</translation>
    </message>
</context>
<context>
    <name>Objection</name>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Momento</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>No need</source>
        <translation>Sin necesidad</translation>
    </message>
    <message>
        <source>Needs to think it over</source>
        <translation>Quiere pensarlo</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(sin indicar)</translation>
    </message>
</context>
<context>
    <name>OfflinePolicy</name>
    <message>
        <source>The turn was cancelled.</source>
        <translation>Se canceló el turno.</translation>
    </message>
</context>
<context>
    <name>OpenAiChatClient</name>
    <message>
        <source>The model server&apos;s stream ended before the reply was complete.</source>
        <translation>El flujo del servidor del modelo terminó antes de que la respuesta estuviera completa.</translation>
    </message>
    <message>
        <source>The model server reported an error in the middle of the reply: %1</source>
        <translation>El servidor del modelo informó de un error en mitad de la respuesta: %1</translation>
    </message>
    <message>
        <source>The model server sent a stream chunk that is not JSON: %1</source>
        <translation>El servidor del modelo envió un fragmento del flujo que no es JSON: %1</translation>
    </message>
    <message>
        <source>no message given</source>
        <translation>no se indicó ningún mensaje</translation>
    </message>
    <message>
        <source>The model server sent a chunk whose &quot;choices&quot; is not a list.</source>
        <translation>El servidor del modelo envió un fragmento cuyo &quot;choices&quot; no es una lista.</translation>
    </message>
    <message>
        <source>The model server sent &quot;tool_calls&quot; that are not a list.</source>
        <translation>El servidor del modelo envió &quot;tool_calls&quot; que no son una lista.</translation>
    </message>
    <message>
        <source>The model server answered with something other than the documented JSON: %1</source>
        <translation>El servidor del modelo respondió con algo distinto del JSON documentado: %1</translation>
    </message>
    <message>
        <source>The model server reported an error: %1</source>
        <translation>El servidor del modelo informó de un error: %1</translation>
    </message>
    <message>
        <source>The model server&apos;s answer has no message.</source>
        <translation>La respuesta del servidor del modelo no contiene ningún mensaje.</translation>
    </message>
    <message>
        <source>The model sent a tool call without a function name.</source>
        <translation>El modelo envió una llamada a herramienta sin nombre de función.</translation>
    </message>
    <message>
        <source>The model called the tool &quot;%1&quot; with arguments that are not a JSON object: %2</source>
        <translation>El modelo llamó a la herramienta &quot;%1&quot; con argumentos que no son un objeto JSON: %2</translation>
    </message>
    <message>
        <source>The model server at %1 did not answer within %2 s.</source>
        <translation>El servidor del modelo en %1 no respondió en %2 s.</translation>
    </message>
    <message>
        <source>The model server at %1 refused the connection; is it running?</source>
        <translation>El servidor del modelo en %1 rechazó la conexión; ¿está en ejecución?</translation>
    </message>
    <message>
        <source>Could not reach the model server at %1: %2</source>
        <translation>No se pudo conectar con el servidor del modelo en %1: %2</translation>
    </message>
    <message>
        <source>HTTP %1 without a message</source>
        <translation>HTTP %1 sin mensaje</translation>
    </message>
    <message>
        <source>The model server refused the API key: %1</source>
        <translation>El servidor del modelo rechazó la clave de API: %1</translation>
    </message>
    <message>
        <source>The model server refused access: %1</source>
        <translation>El servidor del modelo denegó el acceso: %1</translation>
    </message>
    <message>
        <source>The model server&apos;s quota is used up: %1</source>
        <translation>La cuota del servidor del modelo está agotada: %1</translation>
    </message>
    <message>
        <source>The model server is rate-limiting requests: %1</source>
        <translation>El servidor del modelo está limitando la frecuencia de las solicitudes: %1</translation>
    </message>
    <message>
        <source>The model server failed (HTTP %1): %2</source>
        <translation>El servidor del modelo falló (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The model server answered with an empty body.</source>
        <translation>El servidor del modelo respondió con un cuerpo vacío.</translation>
    </message>
    <message>
        <source>The model server refused the request (HTTP %1): %2</source>
        <translation>El servidor del modelo rechazó la solicitud (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The parameters of the tool &quot;%1&quot; are not a JSON Schema object.</source>
        <translation>Los parámetros de la herramienta &quot;%1&quot; no son un objeto JSON Schema.</translation>
    </message>
    <message>
        <source>The reply was cancelled.</source>
        <translation>Se canceló la respuesta.</translation>
    </message>
    <message>
        <source>The model server stopped sending for %1 s in the middle of the reply.</source>
        <translation>El servidor del modelo dejó de enviar durante %1 s en mitad de la respuesta.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (still refused after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (sigue rechazado tras %n intento)</numerusform>
            <numerusform>%1 (sigue rechazado tras %n intentos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (failed %n time(s))</source>
        <translation>
            <numerusform>%1 (falló %n vez)</numerusform>
            <numerusform>%1 (falló %n veces)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the server asks to wait %2 s more, longer than the %3 s allowed)</source>
        <translation>%1 (el servidor pide esperar %2 s más, más que los %3 s permitidos)</translation>
    </message>
    <message>
        <source>%1 (gave up after waiting %2 s)</source>
        <translation>%1 (se abandonó tras esperar %2 s)</translation>
    </message>
</context>
<context>
    <name>OpenAiPlaygroundPolicy</name>
    <message>
        <source>The agent settings of this profile are still being read; try again in a moment.</source>
        <translation>Todavía se está leyendo la configuración del agente de este perfil; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The agent&apos;s API key could not be read from the keychain: %1</source>
        <translation>No se pudo leer del llavero la clave de API del agente: %1</translation>
    </message>
    <message>
        <source>OpenAI-compatible model</source>
        <translation>Modelo compatible con OpenAI</translation>
    </message>
    <message>
        <source>Set up the OpenAI-compatible model in Agent settings: %1</source>
        <translation>Configure el modelo compatible con OpenAI en Configuración del agente: %1</translation>
    </message>
</context>
<context>
    <name>OpenAiPolicy</name>
    <message>
        <source>The model called the tool &quot;%1&quot;, but the %2 step allows no tools.</source>
        <translation>El modelo llamó a la herramienta &quot;%1&quot;, pero el paso %2 no permite herramientas.</translation>
    </message>
    <message>
        <source>The model called the tool &quot;%1&quot;, which the %2 step does not allow (allowed: %3).</source>
        <translation>El modelo llamó a la herramienta &quot;%1&quot;, que el paso %2 no permite (permitidas: %3).</translation>
    </message>
    <message>
        <source>The model server&apos;s content filter withheld the reply.</source>
        <translation>El filtro de contenido del servidor del modelo retuvo la respuesta.</translation>
    </message>
    <message>
        <source>The model reached its length limit before it said anything.</source>
        <translation>El modelo alcanzó su límite de longitud antes de decir nada.</translation>
    </message>
    <message>
        <source>The model gave an empty reply.</source>
        <translation>El modelo dio una respuesta vacía.</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>it is empty</source>
        <translation>está vacía</translation>
    </message>
    <message>
        <source>neither a postgresql:// URL nor key=value pairs</source>
        <translation>ni una URL postgresql:// ni pares clave=valor</translation>
    </message>
    <message>
        <source>libpq cannot read it</source>
        <translation>libpq no puede leerla</translation>
    </message>
</context>
<context>
    <name>PlaygroundBench</name>
    <message>
        <source>The playground did not connect to the server.</source>
        <translation>La zona de pruebas no se conectó al servidor.</translation>
    </message>
    <message>
        <source>No test conversation could be started on the server.</source>
        <translation>No se pudo iniciar ninguna conversación de prueba en el servidor.</translation>
    </message>
    <message>
        <source>The turn was not shown within a minute.</source>
        <translation>El turno no se mostró en menos de un minuto.</translation>
    </message>
    <message>
        <source>Agent playground on the LangGraph server, median of %1 runs:
  on screen:  first token in the chat %2 ms, painted %3 ms; final state shown %4 ms, painted %5 ms
  client:     first token %6 ms, final state %7 ms
  plain HTTP: first token %8 ms, final state %9 ms
  load average: %10 before, %11 after</source>
        <translation>Zona de pruebas del agente en el servidor de LangGraph, mediana de %1 ejecuciones:
  en pantalla: primer token en el chat %2 ms, pintado %3 ms; estado final mostrado %4 ms, pintado %5 ms
  cliente:     primer token %6 ms, estado final %7 ms
  HTTP simple: primer token %8 ms, estado final %9 ms
  carga media: %10 antes, %11 después</translation>
    </message>
</context>
<context>
    <name>PlaygroundLab</name>
    <message>
        <source>A scenario called “%1” exists already.</source>
        <translation>Ya existe un escenario llamado “%1”.</translation>
    </message>
    <message>
        <source>There is no scenario called “%1”.</source>
        <translation>No hay ningún escenario llamado “%1”.</translation>
    </message>
    <message>
        <source>There is no saved scenario to run.</source>
        <translation>No hay ningún escenario guardado que ejecutar.</translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n scenario(s).</source>
        <translation>
            <numerusform>Detenido tras %n escenario.</numerusform>
            <numerusform>Detenido tras %n escenarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>No LangGraph server is set for this profile.</source>
        <translation>No hay ningún servidor de LangGraph configurado para este perfil.</translation>
    </message>
</context>
<context>
    <name>PlaygroundSession</name>
    <message>
        <source>Offline (deterministic, no network)</source>
        <translation>Sin conexión (determinista, sin red)</translation>
    </message>
    <message>
        <source>The playground is not connected to the database yet.</source>
        <translation>La zona de pruebas aún no está conectada a la base de datos.</translation>
    </message>
    <message>
        <source>The agent answers without your documents: %1</source>
        <translation>El agente responde sin sus documentos: %1</translation>
    </message>
    <message>
        <source>There is no agent policy called “%1”.</source>
        <translation>No hay ninguna política del agente llamada “%1”.</translation>
    </message>
    <message>
        <source>The policy “%1” could not be started.</source>
        <translation>No se pudo iniciar la política “%1”.</translation>
    </message>
    <message>
        <source>There is no campaign with the code %1.</source>
        <translation>No hay ninguna campaña con el código %1.</translation>
    </message>
    <message>
        <source>Stopped before the agent answered; nothing was stored.</source>
        <translation>Se detuvo antes de que el agente respondiera; no se almacenó nada.</translation>
    </message>
    <message>
        <source>the built-in agent runtime</source>
        <translation>el entorno de ejecución integrado del agente</translation>
    </message>
</context>
<context>
    <name>Profile</name>
    <message>
        <source>Enter the project&apos;s Supabase URL (https://&lt;project&gt;.supabase.co).</source>
        <translation>Introduzca la URL de Supabase del proyecto (https://&lt;project&gt;.supabase.co).</translation>
    </message>
    <message>
        <source>Enter the project&apos;s anon or publishable key.</source>
        <translation>Introduzca la clave anon o publishable del proyecto.</translation>
    </message>
    <message>
        <source>Enter the database host (direct connection or session pooler).</source>
        <translation>Introduzca el host de la base de datos (conexión directa o pooler de sesiones).</translation>
    </message>
    <message>
        <source>The database port must be between 1 and 65535.</source>
        <translation>El puerto de la base de datos debe estar entre 1 y 65535.</translation>
    </message>
    <message>
        <source>Port 6543 is the transaction pooler, which cannot deliver live updates; use the direct connection or the session pooler (port 5432).</source>
        <translation>El puerto 6543 es el pooler de transacciones, que no puede ofrecer actualizaciones en vivo; use la conexión directa o el pooler de sesiones (puerto 5432).</translation>
    </message>
    <message>
        <source>Unknown TLS mode &apos;%1&apos;.</source>
        <translation>Modo TLS desconocido &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A remote database must be reached over TLS.</source>
        <translation>Una base de datos remota debe alcanzarse mediante TLS.</translation>
    </message>
    <message>
        <source>Choose the database&apos;s CA certificate file (Supabase: Database settings → SSL configuration → Download certificate).</source>
        <translation>Elija el archivo del certificado de CA de la base de datos (Supabase: Database settings → SSL configuration → Download certificate).</translation>
    </message>
    <message>
        <source>Campaign base URL: %1</source>
        <translation>URL base de las campañas: %1</translation>
    </message>
    <message>
        <source>The browser sign-in port must be between 0 (any) and 65535.</source>
        <translation>El puerto de inicio de sesión en el navegador debe estar entre 0 (cualquiera) y 65535.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Producción</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Preproducción</translation>
    </message>
    <message>
        <source>Local sandbox</source>
        <translation>Sandbox local</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>GitLab</source>
        <translation>GitLab</translation>
    </message>
    <message>
        <source>Microsoft</source>
        <translation>Microsoft</translation>
    </message>
    <message>
        <source>Apple</source>
        <translation>Apple</translation>
    </message>
</context>
<context>
    <name>PromptSet</name>
    <message>
        <source>The agent has no node called “%1”.</source>
        <translation>El agente no tiene ningún nodo llamado “%1”.</translation>
    </message>
    <message>
        <source>A prompt cannot be empty.</source>
        <translation>Un prompt no puede estar vacío.</translation>
    </message>
    <message>
        <source>The prompt was not saved.</source>
        <translation>El prompt no se guardó.</translation>
    </message>
</context>
<context>
    <name>Replay</name>
    <message>
        <source>The conversation %1 has no transcript to replay.</source>
        <translation>La conversación %1 no tiene ninguna transcripción que reproducir.</translation>
    </message>
    <message>
        <source>The conversation has %1 lead turns: choose a turn from 0 to %1.</source>
        <translation>La conversación tiene %1 turnos del cliente potencial: elija un turno de 0 a %1.</translation>
    </message>
    <message>
        <source>No playground thread could be started.</source>
        <translation>No se pudo iniciar ningún hilo de la zona de pruebas.</translation>
    </message>
    <message>
        <source>The copied conversation could not be stored: %1</source>
        <translation>No se pudo almacenar la conversación copiada: %1</translation>
    </message>
    <message>
        <source>Turn %1 failed: %2</source>
        <translation>El turno %1 falló: %2</translation>
    </message>
</context>
<context>
    <name>RetentionJob</name>
    <message>
        <source>This database lacks the dashboard&apos;s data retention functions: run `%1` first.</source>
        <translation>A esta base de datos le faltan las funciones de retención de datos del panel: ejecute primero `%1`.</translation>
    </message>
</context>
<context>
    <name>RetentionJournal</name>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>No se puede escribir el registro %1: %2</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation>No se puede leer el registro %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a retention journal (phase &quot;%2&quot;).</source>
        <translation>%1 no es un registro de retención (fase &quot;%2&quot;).</translation>
    </message>
    <message>
        <source>The journal %1 is incomplete.</source>
        <translation>El registro %1 está incompleto.</translation>
    </message>
</context>
<context>
    <name>RetentionRunner</name>
    <message>
        <source>Cannot create the archive directory %1.</source>
        <translation>No se puede crear el directorio de archivos %1.</translation>
    </message>
    <message>
        <source>The retention policy needs a time and a batch size of at least 1.</source>
        <translation>La política de retención necesita una fecha y hora, y un tamaño de lote de al menos 1.</translation>
    </message>
    <message>
        <source>The archive %1 belongs to another owner.</source>
        <translation>El archivo %1 pertenece a otro propietario.</translation>
    </message>
    <message>
        <source>Deleting archived rows of %1 failed: %2</source>
        <translation>Falló la eliminación de las filas archivadas de %1: %2</translation>
    </message>
    <message>
        <source>The archive %1 belongs to another owner; it was not restored.</source>
        <translation>El archivo %1 pertenece a otro propietario; no se restauró.</translation>
    </message>
    <message>
        <source>Restoring rows of %1 failed: %2</source>
        <translation>Falló la restauración de las filas de %1: %2</translation>
    </message>
</context>
<context>
    <name>RetrievalBench</name>
    <message>
        <source>The test bench is not connected to the knowledge base yet.</source>
        <translation>El banco de pruebas aún no está conectado a la base de conocimiento.</translation>
    </message>
    <message>
        <source>Saved test questions need the knowledge-base additions: run `%1`.</source>
        <translation>Las preguntas de prueba guardadas necesitan las adiciones de la base de conocimiento: ejecute `%1`.</translation>
    </message>
    <message>
        <source>There are no saved questions to run yet.</source>
        <translation>Todavía no hay preguntas guardadas que ejecutar.</translation>
    </message>
    <message>
        <source>The run could not be saved: %1</source>
        <translation>No se pudo guardar la ejecución: %1</translation>
    </message>
    <message>
        <source>Loading the search index…</source>
        <translation>Cargando el índice de búsqueda…</translation>
    </message>
    <message>
        <source>The search index could not be loaded ahead (%1); the first search loads it.</source>
        <translation>No se pudo cargar el índice de búsqueda por adelantado (%1); la primera búsqueda lo cargará.</translation>
    </message>
    <message>
        <source>Search index: %1 chunks loaded in %2 s.</source>
        <translation>Índice de búsqueda: %1 fragmentos cargados en %2 s.</translation>
    </message>
    <message>
        <source>waited %1 ms for the search index to load</source>
        <translation>esperó %1 ms a que se cargara el índice de búsqueda</translation>
    </message>
</context>
<context>
    <name>Retriever</name>
    <message>
        <source>Type a question to search for.</source>
        <translation>Escriba una pregunta para buscar.</translation>
    </message>
    <message>
        <source>The documents were embedded with different models (%1); a search cannot mix them. Re-process all documents with one model.</source>
        <translation>Los embeddings de los documentos se generaron con distintos modelos (%1); una búsqueda no puede mezclarlos. Vuelva a procesar todos los documentos con un solo modelo.</translation>
    </message>
    <message>
        <source>The documents were embedded with %1, but this profile embeds with %2. Re-process all documents, or switch the profile back to %1.</source>
        <translation>Los embeddings de los documentos se generaron con %1, pero este perfil los genera con %2. Vuelva a procesar todos los documentos o vuelva a cambiar el perfil a %1.</translation>
    </message>
    <message>
        <source>The embedder returned nothing.</source>
        <translation>El generador de embeddings no devolvió nada.</translation>
    </message>
</context>
<context>
    <name>Sandbox</name>
    <message>
        <source>No PostgreSQL server is installed (initdb not found). Install the Debian package &apos;postgresql&apos; (scripts/install-deps does).</source>
        <translation>No hay ningún servidor PostgreSQL instalado (no se encontró initdb). Instale el paquete de Debian &apos;postgresql&apos; (scripts/install-deps lo hace).</translation>
    </message>
    <message>
        <source>Could not run %1: %2</source>
        <translation>No se pudo ejecutar %1: %2</translation>
    </message>
    <message>
        <source>%1 did not finish in time.</source>
        <translation>%1 no terminó a tiempo.</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2):
%3</source>
        <translation>%1 falló (código de salida %2):
%3</translation>
    </message>
    <message>
        <source>Applied migrations: %1</source>
        <translation>Migraciones aplicadas: %1</translation>
    </message>
    <message>
        <source>Sandbox running at %1</source>
        <translation>Sandbox en ejecución en %1</translation>
    </message>
    <message>
        <source>%1 exists but holds no complete sandbox; run `limitless sandbox reset` to start over.</source>
        <translation>%1 existe, pero no contiene un sandbox completo; ejecute `limitless sandbox reset` para empezar de nuevo.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>No se puede crear %1.</translation>
    </message>
    <message>
        <source>Running as root needs the system user &apos;postgres&apos; (from the Debian package &apos;postgresql&apos;) to run the server.</source>
        <translation>Para ejecutarse como root se necesita el usuario del sistema &apos;postgres&apos; (del paquete de Debian &apos;postgresql&apos;), que ejecuta el servidor.</translation>
    </message>
    <message>
        <source>Cannot hand %1 to the postgres user.</source>
        <translation>No se puede ceder %1 al usuario postgres.</translation>
    </message>
    <message>
        <source>The postgres user cannot write to %1 (is a parent directory private to root?). Choose another directory with --dir or LIMITLESS_SANDBOX_DIR.</source>
        <translation>El usuario postgres no puede escribir en %1 (¿hay un directorio superior privado de root?). Elija otro directorio con --dir o LIMITLESS_SANDBOX_DIR.</translation>
    </message>
    <message>
        <source>Creating a PostgreSQL cluster in %1…</source>
        <translation>Creando un clúster de PostgreSQL en %1…</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <source>Starting PostgreSQL on 127.0.0.1:%1…</source>
        <translation>Iniciando PostgreSQL en 127.0.0.1:%1…</translation>
    </message>
    <message>
        <source>Creating the auth schema and roles…</source>
        <translation>Creando el esquema auth y los roles…</translation>
    </message>
    <message>
        <source>Creating LangGraph&apos;s checkpoint tables…</source>
        <translation>Creando las tablas de checkpoints de LangGraph…</translation>
    </message>
    <message>
        <source>Applying migrations…</source>
        <translation>Aplicando migraciones…</translation>
    </message>
    <message>
        <source>Creating the local owner account…</source>
        <translation>Creando la cuenta local del propietario…</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>No se pudo eliminar %1.</translation>
    </message>
    <message>
        <source>The sandbox is not running.</source>
        <translation>El entorno local no está en marcha.</translation>
    </message>
    <message>
        <source>The password must have at least 8 characters.</source>
        <translation>La contraseña debe tener al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>The local owner account was not found.</source>
        <translation>No se encontró la cuenta de propietario local.</translation>
    </message>
    <message>
        <source>%1 is not a sandbox but holds %2; not creating one there. Choose another directory.</source>
        <translation>%1 no es un sandbox pero contiene %2; no se creará uno ahí. Elige otro directorio.</translation>
    </message>
    <message>
        <source>No sandbox in %1: the directory does not exist.</source>
        <translation>No hay sandbox en %1: el directorio no existe.</translation>
    </message>
    <message>
        <source>%1 is not a sandbox (it has no %2 file).</source>
        <translation>%1 no es un sandbox (no tiene el archivo %2).</translation>
    </message>
    <message>
        <source>Cannot write the access rules in %1.</source>
        <translation>No se pueden escribir las reglas de acceso en %1.</translation>
    </message>
    <message>
        <source>Cannot protect %1.</source>
        <translation>No se puede proteger %1.</translation>
    </message>
    <message>
        <source>Cannot hash the password of %1: %2</source>
        <translation>No se puede calcular el hash de la contraseña de %1: %2</translation>
    </message>
    <message>
        <source>Unexpected password hash for %1.</source>
        <translation>Hash de contraseña inesperado para %1.</translation>
    </message>
</context>
<context>
    <name>ScenarioRunner</name>
    <message>
        <source>No playground thread could be started.</source>
        <translation>No se pudo iniciar ningún hilo de la zona de pruebas.</translation>
    </message>
    <message>
        <source>Turn %1 failed: %2</source>
        <translation>El turno %1 falló: %2</translation>
    </message>
</context>
<context>
    <name>ScenarioStore</name>
    <message>
        <source>A scenario needs a name.</source>
        <translation>Un escenario necesita un nombre.</translation>
    </message>
    <message>
        <source>The scenario&apos;s name is too long (%1 characters; at most %2).</source>
        <translation>El nombre del escenario es demasiado largo (%1 caracteres; como máximo %2).</translation>
    </message>
    <message>
        <source>The scenario&apos;s name holds a control character.</source>
        <translation>El nombre del escenario contiene un carácter de control.</translation>
    </message>
    <message>
        <source>The scenario has no lead turns: give at least one message.</source>
        <translation>El escenario no tiene turnos del cliente potencial: indique al menos un mensaje.</translation>
    </message>
    <message>
        <source>The scenario has %1 lead turns; at most %2 are kept.</source>
        <translation>El escenario tiene %1 turnos del cliente potencial; se conservan como máximo %2.</translation>
    </message>
    <message>
        <source>Lead turn %1 is empty.</source>
        <translation>El turno %1 del cliente potencial está vacío.</translation>
    </message>
    <message>
        <source>A scenario named &quot;%1&quot; exists already.</source>
        <translation>Ya existe un escenario llamado “%1”.</translation>
    </message>
</context>
<context>
    <name>SeedSchema</name>
    <message>
        <source>%1.%2 is missing (the seed has %3)</source>
        <translation>falta %1.%2 (la semilla tiene %3)</translation>
    </message>
    <message>
        <source>%1.%2 is %3, the seed has %4</source>
        <translation>%1.%2 es %3, la semilla tiene %4</translation>
    </message>
    <message>
        <source>%1.%2 allows NULL, the seed has NOT NULL</source>
        <translation>%1.%2 admite NULL, la semilla tiene NOT NULL</translation>
    </message>
    <message>
        <source>%1.%2 is NOT NULL, the seed allows NULL</source>
        <translation>%1.%2 es NOT NULL, la semilla admite NULL</translation>
    </message>
    <message>
        <source>index %1 on %2 is missing</source>
        <translation>falta el índice %1 en %2</translation>
    </message>
</context>
<context>
    <name>ServerBenchResult</name>
    <message>
        <source>LangGraph server, median of %1 runs:
  dashboard client: first token %2 ms, final state %3 ms
  plain HTTP:       first token %4 ms, final state %5 ms
  client overhead:  %6 ms to the first token, %7 ms to the final state
  client breakdown: first bytes %8 ms (plain HTTP %9 ms), token event cut out %10 ms, token handed over %2 ms; JSON of %11 events %12 ms per run
  load average:     %13 before, %14 after</source>
        <translation>Servidor de LangGraph, mediana de %1 ejecuciones:
  cliente del panel:      primer token %2 ms, estado final %3 ms
  HTTP simple:            primer token %4 ms, estado final %5 ms
  sobrecarga del cliente: %6 ms hasta el primer token, %7 ms hasta el estado final
  desglose del cliente:   primeros bytes %8 ms (HTTP simple %9 ms), evento del token extraído %10 ms, token entregado %2 ms; JSON de %11 eventos %12 ms por ejecución
  carga media:            %13 antes, %14 después</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
</context>
<context>
    <name>ServerClient</name>
    <message>
        <source>the thread %1</source>
        <translation>el hilo %1</translation>
    </message>
    <message>
        <source>The agent failed on the LangGraph server: %1</source>
        <translation>El agente falló en el servidor de LangGraph: %1</translation>
    </message>
    <message>
        <source>The LangGraph server&apos;s answer for %1 is not JSON: %2</source>
        <translation>La respuesta del servidor de LangGraph para %1 no es JSON: %2</translation>
    </message>
    <message>
        <source>the health check (/ok)</source>
        <translation>la comprobación de estado (/ok)</translation>
    </message>
    <message>
        <source>The server at %1 answered /ok without &quot;ok&quot;: true; is it a LangGraph API server?</source>
        <translation>El servidor en %1 respondió a /ok sin &quot;ok&quot;: true; ¿es un servidor de la API de LangGraph?</translation>
    </message>
    <message>
        <source>the server information (/info)</source>
        <translation>la información del servidor (/info)</translation>
    </message>
    <message>
        <source>The server at %1 answered /info without a version; is it a LangGraph API server?</source>
        <translation>El servidor en %1 respondió a /info sin versión; ¿es un servidor de la API de LangGraph?</translation>
    </message>
    <message>
        <source>the list of assistants</source>
        <translation>la lista de asistentes</translation>
    </message>
    <message>
        <source>the assistant %1</source>
        <translation>el asistente %1</translation>
    </message>
    <message>
        <source>a new thread</source>
        <translation>un hilo nuevo</translation>
    </message>
    <message>
        <source>the list of threads</source>
        <translation>la lista de hilos</translation>
    </message>
    <message>
        <source>The checkpoint %1 is not in the history of %2; nothing was changed (the server would have started an empty branch from it).</source>
        <translation>El checkpoint %1 no está en el historial (%2); no se cambió nada (el servidor habría iniciado una rama vacía a partir de él).</translation>
    </message>
    <message>
        <source>The LangGraph server updated %1 but named no new checkpoint.</source>
        <translation>El servidor de LangGraph actualizó %1 pero no indicó ningún checkpoint nuevo.</translation>
    </message>
    <message>
        <source>%1 does not exist on the LangGraph server (it answered &quot;%2&quot;).</source>
        <translation>%1 no existe en el servidor de LangGraph (respondió “%2”).</translation>
    </message>
    <message>
        <source>a run</source>
        <translation>una ejecución</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Se canceló la ejecución.</translation>
    </message>
    <message>
        <source>The stream of %1 broke off (%2) and could not be picked up again; the run %3 may still be going on the server.</source>
        <translation>El flujo para %1 se cortó (%2) y no se pudo retomar; es posible que la ejecución %3 siga en curso en el servidor.</translation>
    </message>
    <message>
        <source>the run %1</source>
        <translation>la ejecución %1</translation>
    </message>
</context>
<context>
    <name>ServerError</name>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The LangGraph server stopped answering while working on %1.</source>
        <translation>El servidor de LangGraph dejó de responder mientras trabajaba en %1.</translation>
    </message>
    <message>
        <source>The LangGraph server could not be reached for %1: %2</source>
        <translation>No se pudo conectar con el servidor de LangGraph para %1: %2</translation>
    </message>
    <message>
        <source>The LangGraph server wants an API key for %1 (HTTP 401): %2. Set the key in the agent backend settings.</source>
        <translation>El servidor de LangGraph pide una clave de API para %1 (HTTP 401): %2. Establezca la clave en la configuración del backend del agente.</translation>
    </message>
    <message>
        <source>The LangGraph server refused the API key for %1 (HTTP 403): %2. Check the key in the agent backend settings.</source>
        <translation>El servidor de LangGraph rechazó la clave de API para %1 (HTTP 403): %2. Compruebe la clave en la configuración del backend del agente.</translation>
    </message>
    <message>
        <source>The LangGraph server does not know %1 (HTTP 404): %2</source>
        <translation>El servidor de LangGraph no conoce %1 (HTTP 404): %2</translation>
    </message>
    <message>
        <source>%1 is already running a task on the LangGraph server (HTTP %2): wait for it to finish or cancel it.</source>
        <translation>%1 ya está ejecutando una tarea en el servidor de LangGraph (HTTP %2): espere a que termine o cancélela.</translation>
    </message>
    <message>
        <source>The LangGraph server rejected the request for %1 (HTTP %2): %3</source>
        <translation>El servidor de LangGraph rechazó la solicitud para %1 (HTTP %2): %3</translation>
    </message>
    <message>
        <source>The LangGraph server failed on %1 (HTTP %2): %3</source>
        <translation>El servidor de LangGraph falló con %1 (HTTP %2): %3</translation>
    </message>
</context>
<context>
    <name>ServerPlaygroundSession</name>
    <message>
        <source>The playground is not connected to the LangGraph server.</source>
        <translation>La zona de pruebas no está conectada al servidor de LangGraph.</translation>
    </message>
    <message>
        <source>the LangGraph server at %1 (assistant %2)</source>
        <translation>el servidor de LangGraph en %1 (asistente %2)</translation>
    </message>
    <message>
        <source>not chosen yet</source>
        <translation>aún sin elegir</translation>
    </message>
    <message>
        <source>The LangGraph server at %1 serves no assistant.</source>
        <translation>El servidor de LangGraph en %1 no ofrece ningún asistente.</translation>
    </message>
    <message>
        <source>The LangGraph server has no assistant or graph “%1”.</source>
        <translation>El servidor de LangGraph no tiene ningún asistente ni grafo “%1”.</translation>
    </message>
    <message>
        <source>The turn was stopped before it started.</source>
        <translation>El turno se detuvo antes de empezar.</translation>
    </message>
    <message>
        <source>The agent stopped before %1 and waits for you: Resume lets it go on.</source>
        <translation>El agente se detuvo antes de %1 y está a la espera: Reanudar le permite continuar.</translation>
    </message>
    <message>
        <source>Nothing was changed: edit a value of the state first.</source>
        <translation>No se cambió nada: edite primero un valor del estado.</translation>
    </message>
</context>
<context>
    <name>ServerReplay</name>
    <message>
        <source>The server&apos;s graph %1 has no node that ends it: the copied conversation cannot be written as a finished turn.</source>
        <translation>El grafo %1 del servidor no tiene ningún nodo que lo termine: la conversación copiada no se puede escribir como un turno terminado.</translation>
    </message>
    <message>
        <source>The copied conversation could not be written to the server: %1</source>
        <translation>No se pudo escribir la conversación copiada en el servidor: %1</translation>
    </message>
    <message>
        <source>Turn %1 failed: %2</source>
        <translation>El turno %1 falló: %2</translation>
    </message>
</context>
<context>
    <name>ServerScenarioRunner</name>
    <message>
        <source>Turn %1 failed: %2</source>
        <translation>El turno %1 falló: %2</translation>
    </message>
    <message>
        <source>Turn %1 stopped before %2 more often than it may be resumed (%3).</source>
        <translation>El turno %1 se detuvo antes de %2 más veces de las que se puede reanudar (%3).</translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>The LangGraph server URL must be an http(s) URL, e.g. http://127.0.0.1:2024.</source>
        <translation>La URL del servidor de LangGraph debe ser una URL http(s), p. ej. http://127.0.0.1:2024.</translation>
    </message>
    <message>
        <source>The LangGraph server URL must use https unless the server runs on this computer: the API key would travel in clear text.</source>
        <translation>La URL del servidor de LangGraph debe usar https salvo que el servidor se ejecute en este equipo: la clave de API viajaría en texto sin cifrar.</translation>
    </message>
</context>
<context>
    <name>ServerTarget</name>
    <message>
        <source>--server is required: a URL such as http://127.0.0.1:2024 or a profile name</source>
        <translation>--server es obligatorio: una URL como http://127.0.0.1:2024 o un nombre de perfil</translation>
    </message>
    <message>
        <source>the agent backend of profile &apos;%1&apos; is not a LangGraph server; set it in the dashboard&apos;s settings or pass a URL</source>
        <translation>el backend del agente del perfil &apos;%1&apos; no es un servidor de LangGraph; configúrelo en los ajustes del panel o indique una URL</translation>
    </message>
    <message>
        <source>the API key of profile &apos;%1&apos; could not be read from the keychain: %2</source>
        <translation>no se pudo leer del llavero la clave de API del perfil &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the LangGraph server at %1 has no assistant</source>
        <translation>el servidor de LangGraph en %1 no tiene ningún asistente</translation>
    </message>
</context>
<context>
    <name>ServiceAccountKey</name>
    <message>
        <source>The service-account key is not a JSON key file.</source>
        <translation>La clave de la cuenta de servicio no es un archivo de clave JSON.</translation>
    </message>
    <message>
        <source>The key file is not a service-account key (its type is &quot;%1&quot;).</source>
        <translation>El archivo de clave no es una clave de cuenta de servicio (su tipo es &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The service-account key has no client_email.</source>
        <translation>La clave de la cuenta de servicio no tiene client_email.</translation>
    </message>
    <message>
        <source>The service-account key has no private_key_id.</source>
        <translation>La clave de la cuenta de servicio no tiene private_key_id.</translation>
    </message>
    <message>
        <source>The service-account key has no private_key.</source>
        <translation>La clave de la cuenta de servicio no tiene private_key.</translation>
    </message>
    <message>
        <source>The private key in the service-account key cannot be read as an RSA key.</source>
        <translation>La clave privada de la clave de la cuenta de servicio no se puede leer como clave RSA.</translation>
    </message>
    <message>
        <source>The service-account key&apos;s token_uri &quot;%1&quot; is not an https address.</source>
        <translation>El token_uri &quot;%1&quot; de la clave de la cuenta de servicio no es una dirección https.</translation>
    </message>
</context>
<context>
    <name>SessionManager</name>
    <message>
        <source>You are signed in, but the session could not be saved in the system keychain, so you will have to sign in again next time. %1</source>
        <translation>Ha iniciado sesión, pero la sesión no se pudo guardar en el llavero del sistema, así que tendrá que volver a iniciar sesión la próxima vez. %1</translation>
    </message>
    <message>
        <source>Sign-in through the browser needs a Supabase project.</source>
        <translation>El inicio de sesión a través del navegador requiere un proyecto de Supabase.</translation>
    </message>
    <message>
        <source>The renewed session could not be saved in the system keychain, so you will have to sign in again next time. %1</source>
        <translation>La sesión renovada no se pudo guardar en el llavero del sistema, así que tendrá que volver a iniciar sesión la próxima vez. %1</translation>
    </message>
</context>
<context>
    <name>StateChannels</name>
    <message>
        <source>%1 must be text</source>
        <translation>%1 debe ser texto</translation>
    </message>
    <message>
        <source>%1 must be true or false</source>
        <translation>%1 debe ser true o false</translation>
    </message>
    <message>
        <source>%1 is not a stage</source>
        <translation>%1 no es una etapa</translation>
    </message>
    <message>
        <source>qualification_score must be a number from 0 to 1</source>
        <translation>qualification_score debe ser un número de 0 a 1</translation>
    </message>
    <message>
        <source>followup_count must be a whole number ≥ 0</source>
        <translation>followup_count debe ser un número entero ≥ 0</translation>
    </message>
    <message>
        <source>%1 is not a state field</source>
        <translation>%1 no es un campo del estado</translation>
    </message>
</context>
<context>
    <name>TestQuestion</name>
    <message>
        <source>p. %1</source>
        <translation>pág. %1</translation>
    </message>
    <message>
        <source>The questions are not JSON: %1 at offset %2.</source>
        <translation>Las preguntas no están en JSON: %1 en la posición %2.</translation>
    </message>
    <message>
        <source>Question %1 needs &quot;question&quot; and &quot;document&quot;.</source>
        <translation>La pregunta %1 necesita &quot;question&quot; y &quot;document&quot;.</translation>
    </message>
    <message>
        <source>There are no questions in the file.</source>
        <translation>No hay preguntas en el archivo.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>ThreadStore</name>
    <message>
        <source>The database did not answer whether the playground&apos;s tables are installed.</source>
        <translation>La base de datos no respondió si las tablas de la zona de pruebas están instaladas.</translation>
    </message>
    <message>
        <source>The agent playground needs the dashboard&apos;s additions in this database: run “%1”.</source>
        <translation>La zona de pruebas del agente necesita las adiciones del panel en esta base de datos: ejecute “%1”.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>No existe la conversación %1.</translation>
    </message>
    <message>
        <source>The conversation has no checkpoint %1.</source>
        <translation>La conversación no tiene el checkpoint %1.</translation>
    </message>
    <message>
        <source>Checkpoint %1 lists channel %2, whose value is missing.</source>
        <translation>El checkpoint %1 incluye el canal %2, cuyo valor falta.</translation>
    </message>
    <message>
        <source>Channel %1 of checkpoint %2 cannot be read: %3</source>
        <translation>No se puede leer el canal %1 del checkpoint %2: %3</translation>
    </message>
    <message>
        <source>No free campaign code was found for the playground.</source>
        <translation>No se encontró ningún código de campaña libre para la zona de pruebas.</translation>
    </message>
    <message>
        <source>The playground campaign %1 was not found.</source>
        <translation>No se encontró la campaña %1 de la zona de pruebas.</translation>
    </message>
    <message>
        <source>There is no playground conversation %1.</source>
        <translation>No existe la conversación %1 de la zona de pruebas.</translation>
    </message>
</context>
<context>
    <name>limitless::agent::server</name>
    <message>
        <source>the plain HTTP stream carried no token</source>
        <translation>el flujo HTTP simple no transportó ningún token</translation>
    </message>
</context>
<context>
    <name>limitless::auth::BackendFactory</name>
    <message>
        <source>The local sandbox is not running.</source>
        <translation>El sandbox local no está en ejecución.</translation>
    </message>
</context>
<context>
    <name>limitless::cli</name>
    <message>
        <source>Embeddings: %1 with an HNSW index (pgvector).</source>
        <translation>Embeddings: %1 con un índice HNSW (pgvector).</translation>
    </message>
    <message>
        <source>Embeddings: %1 (pgvector is not available; the app searches exactly, in-process).</source>
        <translation>Embeddings: %1 (pgvector no está disponible; la aplicación busca de forma exacta, en proceso).</translation>
    </message>
    <message>
        <source>start | stop | status | reset | passwd</source>
        <translation>start | stop | status | reset | passwd</translation>
    </message>
    <message>
        <source>Sandbox directory (default: LIMITLESS_SANDBOX_DIR, else the app&apos;s data directory).</source>
        <translation>Directorio del sandbox (predeterminado: LIMITLESS_SANDBOX_DIR o, si no, el directorio de datos de la aplicación).</translation>
    </message>
    <message>
        <source>With start: reset first, then create a new sandbox.</source>
        <translation>Con start: primero restablecer y después crear un sandbox nuevo.</translation>
    </message>
    <message>
        <source>Print only errors.</source>
        <translation>Mostrar solo los errores.</translation>
    </message>
    <message>
        <source>expected one action: start, stop, status, reset or passwd</source>
        <translation>se esperaba una acción: start, stop, status, reset o passwd</translation>
    </message>
    <message>
        <source>No sandbox in %1. Create it with `limitless sandbox start`.</source>
        <translation>No hay ningún sandbox en %1. Créelo con `limitless sandbox start`.</translation>
    </message>
    <message>
        <source>Sandbox: %1</source>
        <translation>Sandbox: %1</translation>
    </message>
    <message>
        <source>Running: yes</source>
        <translation>En ejecución: sí</translation>
    </message>
    <message>
        <source>Running: no</source>
        <translation>En ejecución: no</translation>
    </message>
    <message>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <source>App URL (row-level security): %1</source>
        <translation>URL de la aplicación (seguridad a nivel de fila): %1</translation>
    </message>
    <message>
        <source>Local owner: %1</source>
        <translation>Propietario local: %1</translation>
    </message>
    <message>
        <source>Local owner account (shown once; change it with `limitless sandbox passwd`):</source>
        <translation>Cuenta de propietario local (se muestra una sola vez; cámbiela con `limitless sandbox passwd`):</translation>
    </message>
    <message>
        <source>e-mail:   %1</source>
        <translation>correo:     %1</translation>
    </message>
    <message>
        <source>password: %1</source>
        <translation>contraseña: %1</translation>
    </message>
    <message>
        <source>Sandbox stopped.</source>
        <translation>Sandbox detenido.</translation>
    </message>
    <message>
        <source>Sandbox deleted: %1</source>
        <translation>Sandbox eliminado: %1</translation>
    </message>
    <message>
        <source>no password on standard input</source>
        <translation>no hay ninguna contraseña en la entrada estándar</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>Contraseña cambiada.</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;</source>
        <translation>acción desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>login | logout | status | refresh</source>
        <translation>login | logout | status | refresh</translation>
    </message>
    <message>
        <source>Profile: sandbox, production, staging or one you made (default: the dashboard&apos;s current profile).</source>
        <translation>Perfil: sandbox, production, staging o uno creado por usted (predeterminado: el perfil actual del panel).</translation>
    </message>
    <message>
        <source>With login: the e-mail address (default: the last one used, else asked).</source>
        <translation>Con login: la dirección de correo electrónico (predeterminado: la última usada; si no, se pregunta).</translation>
    </message>
    <message>
        <source>With logout: end every session of the user.</source>
        <translation>Con logout: cerrar todas las sesiones del usuario.</translation>
    </message>
    <message>
        <source>expected one action: login, logout, status or refresh</source>
        <translation>se esperaba una acción: login, logout, status o refresh</translation>
    </message>
    <message>
        <source>unknown profile &apos;%1&apos; (known: %2)</source>
        <translation>perfil desconocido &apos;%1&apos; (conocidos: %2)</translation>
    </message>
    <message>
        <source>E-mail: </source>
        <translation>Correo electrónico: </translation>
    </message>
    <message>
        <source>no e-mail address given</source>
        <translation>no se indicó ninguna dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña de %1: </translation>
    </message>
    <message>
        <source>no password given (type it at the prompt or pipe it to standard input)</source>
        <translation>no se indicó ninguna contraseña (escríbala cuando se le pida o pásela por la entrada estándar)</translation>
    </message>
    <message>
        <source>the local sandbox is not running; start it with `limitless sandbox start`</source>
        <translation>el sandbox local no está en ejecución; inícielo con `limitless sandbox start`</translation>
    </message>
    <message>
        <source>profile &apos;%1&apos; is not complete: %2</source>
        <translation>el perfil &apos;%1&apos; no está completo: %2</translation>
    </message>
    <message>
        <source>Code from your authenticator app: </source>
        <translation>Código de su aplicación de autenticación: </translation>
    </message>
    <message>
        <source>no authentication code given</source>
        <translation>no se indicó ningún código de autenticación</translation>
    </message>
    <message>
        <source>Signed in to &apos;%1&apos; as %2.</source>
        <translation>Sesión iniciada en &apos;%1&apos; como %2.</translation>
    </message>
    <message>
        <source>Not signed in to &apos;%1&apos;.</source>
        <translation>No hay ninguna sesión iniciada en &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>not signed in to &apos;%1&apos;</source>
        <translation>no hay ninguna sesión iniciada en &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Signed in to &apos;%1&apos; as %2 (user %3, %4).</source>
        <translation>Sesión iniciada en &apos;%1&apos; como %2 (usuario %3, %4).</translation>
    </message>
    <message>
        <source>Access token valid until %1.</source>
        <translation>Token de acceso válido hasta %1.</translation>
    </message>
    <message>
        <source>Access token expired; it is renewed on next use.</source>
        <translation>El token de acceso ha caducado; se renovará en el próximo uso.</translation>
    </message>
    <message>
        <source>Session renewed; valid until %1.</source>
        <translation>Sesión renovada; válida hasta %1.</translation>
    </message>
    <message>
        <source>Signed out here; the server could not be told: %1</source>
        <translation>Sesión cerrada aquí; no se pudo avisar al servidor: %1</translation>
    </message>
    <message>
        <source>Signed out of &apos;%1&apos;.</source>
        <translation>Sesión cerrada en &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Times the Funnel page&apos;s full refresh (funnel, daily series, objections, revenue and the data-quality counts for the last 90 local days, one round trip) and the same figures counted straight from analytics_events, in the same run. Best on `limitless demo-data --scale large`.</source>
        <translation>Mide el tiempo de la actualización completa de la página Embudo (embudo, series diarias, objeciones, ingresos y los recuentos de calidad de datos de los últimos 90 días locales, en un solo viaje de ida y vuelta) y de las mismas cifras contadas directamente desde analytics_events, en la misma ejecución. Ideal con `limitless demo-data --scale large`.</translation>
    </message>
    <message>
        <source>The benchmark&apos;s name.</source>
        <translation>El nombre de la prueba de rendimiento.</translation>
    </message>
    <message>
        <source>Measured refreshes (default 200).</source>
        <translation>Actualizaciones medidas (predeterminado: 200).</translation>
    </message>
    <message>
        <source>IANA time zone of the days (default: the system&apos;s).</source>
        <translation>Zona horaria IANA de los días (predeterminado: la del sistema).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONA</translation>
    </message>
    <message>
        <source>--iterations must be a positive integer.</source>
        <translation>--iterations debe ser un número entero positivo.</translation>
    </message>
    <message>
        <source>Unknown time zone: %1</source>
        <translation>Zona horaria desconocida: %1</translation>
    </message>
    <message>
        <source>Funnel benchmark: PostgreSQL %1; %2 analytics events, %3 conversations, %4 roll-up rows; local days %5 – %6 in %7.</source>
        <translation>Prueba de rendimiento del embudo: PostgreSQL %1; %2 eventos de analítica, %3 conversaciones, %4 filas de agregados; días locales %5 – %6 en %7.</translation>
    </message>
    <message>
        <source>Indexes on analytics_events: %1</source>
        <translation>Índices de analytics_events: %1</translation>
    </message>
    <message>
        <source>Roll-up and events give the same figures: %1</source>
        <translation>Los agregados y los eventos dan las mismas cifras: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>query</source>
        <translation>consulta</translation>
    </message>
    <message>
        <source>min ms</source>
        <translation>mín ms</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>max ms</source>
        <translation>máx ms</translation>
    </message>
    <message>
        <source>target</source>
        <translation>objetivo</translation>
    </message>
    <message>
        <source>peer</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>CUMPLE</translation>
    </message>
    <message>
        <source>MISS</source>
        <translation>NO CUMPLE</translation>
    </message>
    <message>
        <source>No campaigns.</source>
        <translation>No hay campañas.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausada</translation>
    </message>
    <message>
        <source>--name is required.</source>
        <translation>--name es obligatorio.</translation>
    </message>
    <message>
        <source>Created campaign %1 (%2): %3</source>
        <translation>Campaña %1 (%2) creada: %3</translation>
    </message>
    <message>
        <source>Name the campaign code, e.g. `limitless campaigns pause K7PX3M`.</source>
        <translation>Indique el código de la campaña, p. ej. `limitless campaigns pause K7PX3M`.</translation>
    </message>
    <message>
        <source>No campaign has the code %1.</source>
        <translation>Ninguna campaña tiene el código %1.</translation>
    </message>
    <message>
        <source>Resumed %1.</source>
        <translation>%1 reanudada.</translation>
    </message>
    <message>
        <source>Paused %1.</source>
        <translation>%1 pausada.</translation>
    </message>
    <message>
        <source>Lists, creates, pauses and resumes campaigns.
  list                       every campaign with its counters
  create --name N [...]      a new campaign; the code is generated unless --code
  pause CODE... | resume CODE...
The CLI is not signed in as an owner: `create` acts for --owner-email, or for the only owner in the database.</source>
        <translation>Lista, crea, pausa y reanuda campañas.
  list                       todas las campañas con sus contadores
  create --name N [...]      una campaña nueva; el código se genera salvo con --code
  pause CODE... | resume CODE...
La CLI no ha iniciado sesión como propietario: `create` actúa para --owner-email o para el único propietario de la base de datos.</translation>
    </message>
    <message>
        <source>list, create, pause or resume</source>
        <translation>list, create, pause o resume</translation>
    </message>
    <message>
        <source>Campaign name (create).</source>
        <translation>Nombre de la campaña (create).</translation>
    </message>
    <message>
        <source>Description (create).</source>
        <translation>Descripción (create).</translation>
    </message>
    <message>
        <source>Platform, e.g. instagram (create).</source>
        <translation>Plataforma, p. ej. instagram (create).</translation>
    </message>
    <message>
        <source>Your own code: 6 characters without 0, O, 1, I, L (create).</source>
        <translation>Código propio: 6 caracteres sin 0, O, 1, I, L (create).</translation>
    </message>
    <message>
        <source>The owner the campaign belongs to (create).</source>
        <translation>El propietario al que pertenece la campaña (create).</translation>
    </message>
    <message>
        <source>Say what to do: list, create, pause or resume.</source>
        <translation>Indique qué hacer: list, create, pause o resume.</translation>
    </message>
    <message>
        <source>Campaigns: %1; days %2 – %3 (%4)</source>
        <translation>Campañas: %1; días %2 – %3 (%4)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>etapa</translation>
    </message>
    <message>
        <source>count</source>
        <translation>recuento</translation>
    </message>
    <message>
        <source>from previous</source>
        <translation>desde la anterior</translation>
    </message>
    <message>
        <source>from top</source>
        <translation>desde el inicio</translation>
    </message>
    <message>
        <source>Prints the funnel&apos;s stage counts and conversions as the Funnel page shows them: clicks, conversations, qualified, pitch delivered, payment link sent, paid. Days are local days of --tz; by default the last 30 days up to today.</source>
        <translation>Muestra los recuentos y las conversiones de las etapas del embudo tal como los muestra la página Embudo: clics, conversaciones, calificados, discurso de venta presentado, enlace de pago enviado, pagados. Los días son días locales de --tz; de forma predeterminada, los últimos 30 días hasta hoy.</translation>
    </message>
    <message>
        <source>Only this campaign (its code).</source>
        <translation>Solo esta campaña (su código).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <source>Compare with this campaign (its code), side by side.</source>
        <translation>Comparar con esta campaña (su código), en paralelo.</translation>
    </message>
    <message>
        <source>First local day (YYYY-MM-DD).</source>
        <translation>Primer día local (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>Last local day (YYYY-MM-DD), included.</source>
        <translation>Último día local (YYYY-MM-DD), incluido.</translation>
    </message>
    <message>
        <source>Compare with another period starting on this day (same campaigns, or the --compare campaign).</source>
        <translation>Comparar con otro periodo que empieza este día (las mismas campañas o la campaña de --compare).</translation>
    </message>
    <message>
        <source>Last day of the comparison period.</source>
        <translation>Último día del periodo de comparación.</translation>
    </message>
    <message>
        <source>Count conversations of &apos;playground&apos; campaigns too.</source>
        <translation>Contar también las conversaciones de las campañas &apos;playground&apos;.</translation>
    </message>
    <message>
        <source>No campaign with code %1.</source>
        <translation>No hay ninguna campaña con el código %1.</translation>
    </message>
    <message>
        <source>Lists payments, newest first, with revenue totals per currency: monthly recurring revenue (monthly amounts of completed payments whose plan bills monthly), one-time revenue (one-time amounts of completed payments) and refunds (everything charged for refunded payments). Amounts in JSON are in the currency&apos;s minor unit (cents).</source>
        <translation>Lista los pagos, los más recientes primero, con los totales de ingresos por moneda: ingresos recurrentes mensuales (importes mensuales de los pagos completados cuyo plan se factura mensualmente), ingresos únicos (importes únicos de los pagos completados) y reembolsos (todo lo cobrado por pagos reembolsados). Los importes en JSON están en la unidad menor de la moneda (céntimos).</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>Only payments with this status: pending, completed, failed or refunded.</source>
        <translation>Solo los pagos con este estado: pending, completed, failed o refunded.</translation>
    </message>
    <message>
        <source>Only payments of the campaign with this code.</source>
        <translation>Solo los pagos de la campaña con este código.</translation>
    </message>
    <message>
        <source>Say what to do: list.</source>
        <translation>Indique qué hacer: list.</translation>
    </message>
    <message>
        <source>--status must be pending, completed, failed or refunded.</source>
        <translation>--status debe ser pending, completed, failed o refunded.</translation>
    </message>
    <message>
        <source>%1: monthly recurring revenue %2, one-time revenue %3, refunds %4</source>
        <translation>%1: ingresos recurrentes mensuales %2, ingresos únicos %3, reembolsos %4</translation>
    </message>
    <message>
        <source>Refresh, from analytics_events / from the roll-ups at p50: %1×</source>
        <translation>Actualización, desde analytics_events / desde los agregados en p50: %1×</translation>
    </message>
    <message>
        <source>Inserts analytics events at a steady rate into the campaigns (playground ones excluded), each with its campaign counter in one transaction, as the sales agent does. Open the Funnel page to watch it live. Stops after --duration or on Ctrl+C.</source>
        <translation>Inserta eventos de analítica a un ritmo constante en las campañas (excepto las de playground), cada uno con su contador de campaña en una transacción, como hace el agente de ventas. Abra la página Embudo para verlo en vivo. Se detiene tras --duration o con Ctrl+C.</translation>
    </message>
    <message>
        <source>Events per second (default 10).</source>
        <translation>Eventos por segundo (predeterminado: 10).</translation>
    </message>
    <message>
        <source>Seconds to run (default 60).</source>
        <translation>Segundos de ejecución (predeterminado: 60).</translation>
    </message>
    <message>
        <source>Random seed (default 1).</source>
        <translation>Semilla aleatoria (predeterminado: 1).</translation>
    </message>
    <message>
        <source>Write one line per committed event: UTC milliseconds since the epoch when the commit returned, and the event&apos;s number (1, 2, …).</source>
        <translation>Escribir una línea por evento confirmado: milisegundos UTC desde la época Unix en el momento en que volvió el commit, y el número del evento (1, 2, …).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>--rate must be a number of events per second in (0, 10000].</source>
        <translation>--rate debe ser un número de eventos por segundo en (0, 10000].</translation>
    </message>
    <message>
        <source>--duration must be a positive number of seconds.</source>
        <translation>--duration debe ser un número positivo de segundos.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative integer.</source>
        <translation>--seed debe ser un número entero no negativo.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>No campaigns to simulate traffic for: create one, or load the demo business with `limitless demo-data`.</source>
        <translation>No hay campañas para las que simular tráfico: cree una o cargue el negocio de demostración con `limitless demo-data`.</translation>
    </message>
    <message>
        <source>Inserted %1 events in %2 s (%3 per second); insert and commit p50 %4 ms, p95 %5 ms, max %6 ms.</source>
        <translation>Se insertaron %1 eventos en %2 s (%3 por segundo); inserción y commit p50 %4 ms, p95 %5 ms, máx %6 ms.</translation>
    </message>
    <message>
        <source>Run every refresh as the database&apos;s first owner under row-level security, as the app does (default: the connection&apos;s own role).</source>
        <translation>Ejecutar cada actualización como el primer propietario de la base de datos con seguridad a nivel de fila, como hace la aplicación (predeterminado: el propio rol de la conexión).</translation>
    </message>
    <message>
        <source>Refreshes run as the first owner under row-level security.</source>
        <translation>Las actualizaciones se ejecutan como el primer propietario con seguridad a nivel de fila.</translation>
    </message>
    <message>
        <source>Refreshes run as the connection&apos;s role (no row-level security).</source>
        <translation>Las actualizaciones se ejecutan con el rol de la conexión (sin seguridad a nivel de fila).</translation>
    </message>
    <message>
        <source>The stored session is kept; its access token is still valid until %1.</source>
        <translation>Se conserva la sesión guardada; su token de acceso sigue siendo válido hasta %1.</translation>
    </message>
    <message>
        <source>The stored session is kept, but its access token expired at %1; it is renewed when the server answers again.</source>
        <translation>Se conserva la sesión guardada, pero su token de acceso caducó a las %1; se renovará cuando el servidor vuelva a responder.</translation>
    </message>
    <message>
        <source>Signs the owner in and out of a profile&apos;s project (Supabase Auth, or the local sandbox&apos;s accounts). The session is kept in the system keychain and shared with the dashboard.

Actions:
  login     sign in with e-mail and password (read from the terminal or standard input)
  logout    sign out here (--global: everywhere)
  status    show who is signed in and until when (--check: ask the server whether the session is still valid)
  refresh   renew the session now

Exit codes: 0 done, 1 failed (e.g. the server cannot be reached), 2 wrong usage, 3 not signed in or the session was rejected.</source>
        <translation>Inicia y cierra la sesión del propietario en el proyecto de un perfil (Supabase Auth o las cuentas del sandbox local). La sesión se guarda en el llavero del sistema y se comparte con el panel.

Acciones:
  login     iniciar sesión con correo y contraseña (leída del terminal o de la entrada estándar)
  logout    cerrar la sesión aquí (--global: en todas partes)
  status    mostrar quién tiene la sesión iniciada y hasta cuándo (--check: preguntar al servidor si la sesión sigue siendo válida)
  refresh   renovar la sesión ahora

Códigos de salida: 0 hecho, 1 falló (p. ej. no se alcanza el servidor), 2 uso incorrecto, 3 sin sesión o sesión rechazada.</translation>
    </message>
    <message>
        <source>With status: ask the server whether the session is still valid (renewing an expired access token first).</source>
        <translation>Con status: preguntar al servidor si la sesión sigue siendo válida (renovando antes un token de acceso caducado).</translation>
    </message>
    <message>
        <source>Seconds to wait for the sign-in server (default 30).</source>
        <translation>Segundos de espera al servidor de inicio de sesión (por defecto 30).</translation>
    </message>
    <message>
        <source>--check goes with status only</source>
        <translation>--check solo va con status</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds between 0 and 3600</source>
        <translation>--timeout admite un número de segundos entre 0 y 3600</translation>
    </message>
    <message>
        <source>Signed in to &apos;%1&apos; as %2 (user %3, %4); the server confirms the session.</source>
        <translation>Sesión iniciada en «%1» como %2 (usuario %3, %4); el servidor confirma la sesión.</translation>
    </message>
    <message>
        <source>the server rejected the session: %1</source>
        <translation>el servidor rechazó la sesión: %1</translation>
    </message>
    <message>
        <source>could not check the session with the server: %1</source>
        <translation>no se pudo comprobar la sesión con el servidor: %1</translation>
    </message>
    <message>
        <source>Session renewed by another Limitless process just now; valid until %1.</source>
        <translation>Otro proceso de Limitless acaba de renovar la sesión; válida hasta %1.</translation>
    </message>
    <message>
        <source>It was removed from this computer; sign in again with `limitless auth login`.</source>
        <translation>Se ha eliminado de este equipo; vuelve a iniciar sesión con `limitless auth login`.</translation>
    </message>
    <message>
        <source>could not renew the session: %1</source>
        <translation>no se pudo renovar la sesión: %1</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>CLICKS</source>
        <translation>CLICS</translation>
    </message>
    <message>
        <source>CONVERSATIONS</source>
        <translation>CONVERSACIONES</translation>
    </message>
    <message>
        <source>QUALIFIED</source>
        <translation>CUALIFICADOS</translation>
    </message>
    <message>
        <source>CONVERSIONS</source>
        <translation>CONVERSIONES</translation>
    </message>
    <message>
        <source>PLATFORM</source>
        <translation>PLATAFORMA</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>No campaigns have the codes %1.</source>
        <translation>Ninguna campaña tiene los códigos %1.</translation>
    </message>
    <message>
        <source>--compare-to needs --compare-from (the first day of the comparison period).</source>
        <translation>--compare-to necesita --compare-from (el primer día del periodo de comparación).</translation>
    </message>
    <message>
        <source>--compare names the same campaign as --campaign: compare it with another campaign, or with another period (--compare-from).</source>
        <translation>--compare indica la misma campaña que --campaign: compárala con otra campaña o con otro periodo (--compare-from).</translation>
    </message>
    <message>
        <source>--%1: %2 is not a day of the calendar.</source>
        <translation>--%1: %2 no es un día del calendario.</translation>
    </message>
    <message>
        <source>--%1 must be a date as YYYY-MM-DD, not &apos;%2&apos;.</source>
        <translation>--%1 debe ser una fecha AAAA-MM-DD, no «%2».</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from no puede ser posterior a --to.</translation>
    </message>
    <message>
        <source>--compare-from must not be after --compare-to.</source>
        <translation>--compare-from no puede ser posterior a --compare-to.</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADO</translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>CAMPAÑA</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>PLAN</translation>
    </message>
    <message>
        <source>MONTHLY</source>
        <translation>MENSUAL</translation>
    </message>
    <message>
        <source>ONE-TIME</source>
        <translation>PAGO ÚNICO</translation>
    </message>
    <message>
        <source>LEAD</source>
        <translation>LEAD</translation>
    </message>
    <message>
        <source>Passwords: %1 (owner only)</source>
        <translation>Contraseñas: %1 (solo legible por el propietario)</translation>
    </message>
    <message>
        <source>The sandbox was not running.</source>
        <translation>El sandbox no estaba en marcha.</translation>
    </message>
    <message>
        <source>Kept what the sandbox did not make: %1</source>
        <translation>Se conservó lo que no creó el sandbox: %1</translation>
    </message>
    <message>
        <source>Event %1 was not inserted (%2 were): %3</source>
        <translation>El evento %1 no se insertó (se insertaron %2): %3</translation>
    </message>
    <message>
        <source>The rate of %1 per second could not be kept: %2 of %3 events were inserted in %4 s.</source>
        <translation>No se pudo mantener el ritmo de %1 por segundo: se insertaron %2 de %3 eventos en %4 s.</translation>
    </message>
    <message>
        <source>Note: the dashboard&apos;s funnel roll-ups are not installed in this database, so every figure is counted from the events and payments (slower on a large database). `limitless migrate` installs them.</source>
        <translation>Nota: los resúmenes del embudo del panel no están instalados en esta base de datos, así que cada cifra se cuenta a partir de los eventos y los pagos (más lento en una base de datos grande). `limitless migrate` los instala.</translation>
    </message>
    <message>
        <source>Installs the dashboard&apos;s additions (row-level security, live-update notifications, funnel roll-ups, indexes, transcript functions) in a database, all in one transaction. On a database where the seed&apos;s tables exist (made by the web project&apos;s drizzle-kit migrations) it checks them against the seed and adds only the dashboard&apos;s own objects, kept in schema &quot;limitless&quot; with their own bookkeeping; the web project&apos;s drizzle.__drizzle_migrations is never touched. On an empty database it creates the seed&apos;s tables first. Refuses, changing nothing, what it cannot vouch for.</source>
        <translation>Instala las adiciones del panel (seguridad a nivel de fila, notificaciones de cambios, resúmenes del embudo, índices, funciones de transcripción) en una base de datos, todo en una transacción. En una base de datos con las tablas de la semilla (creadas por las migraciones drizzle-kit del proyecto web) las comprueba contra la semilla y añade solo los objetos propios del panel, en el esquema «limitless» con su propio registro; nunca toca drizzle.__drizzle_migrations del proyecto web. En una base de datos vacía crea primero las tablas de la semilla. Rechaza, sin cambiar nada, lo que no puede garantizar.</translation>
    </message>
    <message>
        <source>Only list what would be done; change nothing.</source>
        <translation>Solo enumerar lo que se haría; no cambiar nada.</translation>
    </message>
    <message>
        <source>The database has none of the seed&apos;s tables: they would be created.</source>
        <translation>La base de datos no tiene ninguna tabla de la semilla: se crearían.</translation>
    </message>
    <message>
        <source>The database had none of the seed&apos;s tables: they were created.</source>
        <translation>La base de datos no tenía ninguna tabla de la semilla: se crearon.</translation>
    </message>
    <message>
        <source>The seed&apos;s seven tables are here and match the seed (made by the web project); the dashboard leaves them to it.</source>
        <translation>Las siete tablas de la semilla están y coinciden con la semilla (creadas por el proyecto web); el panel se las deja a él.</translation>
    </message>
    <message>
        <source>The seed&apos;s seven tables are here (created by the dashboard).</source>
        <translation>Las siete tablas de la semilla están (creadas por el panel).</translation>
    </message>
    <message>
        <source>  Note: %1</source>
        <translation>  Nota: %1</translation>
    </message>
    <message>
        <source>Would apply:</source>
        <translation>Aplicaría:</translation>
    </message>
    <message>
        <source>Applied:</source>
        <translation>Aplicadas:</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulación: no se cambió nada.</translation>
    </message>
    <message>
        <source>Dashboard additions: %1.</source>
        <translation>Adiciones del panel: %1.</translation>
    </message>
    <message>
        <source>The roll-ups and analytics_events give different figures.</source>
        <translation>Los roll-ups y analytics_events dan cifras distintas.</translation>
    </message>
    <message>
        <source>Some figures missed their targets.</source>
        <translation>Algunas cifras no alcanzaron su objetivo.</translation>
    </message>
    <message>
        <source>--db-url must be a postgresql:// (or postgres://) URL, e.g. postgresql://postgres@db.&lt;project&gt;.supabase.co:5432/postgres?sslmode=verify-full.</source>
        <translation>--db-url debe ser una URL postgresql:// (o postgres://), p. ej. postgresql://postgres@db.&lt;project&gt;.supabase.co:5432/postgres?sslmode=verify-full.</translation>
    </message>
    <message>
        <source>--db-url contains a password, which the command line would leave in the shell history: leave it out of the URL and pass the password on standard input with --db-password-stdin.</source>
        <translation>--db-url contiene una contraseña, que la línea de órdenes dejaría en el historial de la shell: quítala de la URL y pasa la contraseña por la entrada estándar con --db-password-stdin.</translation>
    </message>
    <message>
        <source>--db-url is not a valid URL with a host, e.g. postgresql://postgres@db.&lt;project&gt;.supabase.co:5432/postgres.</source>
        <translation>--db-url no es una URL válida con host, p. ej. postgresql://postgres@db.&lt;project&gt;.supabase.co:5432/postgres.</translation>
    </message>
    <message>
        <source>--db-url names more than one database in its path.</source>
        <translation>--db-url nombra más de una base de datos en su ruta.</translation>
    </message>
    <message>
        <source>--db-url has the parameter &apos;%1&apos;, which a profile does not keep (it keeps the user, host, port, database, sslmode and sslrootcert).</source>
        <translation>--db-url tiene el parámetro &apos;%1&apos;, que un perfil no guarda (guarda el usuario, el host, el puerto, la base de datos, sslmode y sslrootcert).</translation>
    </message>
    <message>
        <source>the local sandbox</source>
        <translation>el sandbox local</translation>
    </message>
    <message>
        <source>session pooler</source>
        <translation>pooler de sesión</translation>
    </message>
    <message>
        <source>direct connection</source>
        <translation>conexión directa</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>Supabase URL</source>
        <translation>URL de Supabase</translation>
    </message>
    <message>
        <source>database connection</source>
        <translation>conexión de la base de datos</translation>
    </message>
    <message>
        <source>database host</source>
        <translation>host de la base de datos</translation>
    </message>
    <message>
        <source>database port</source>
        <translation>puerto de la base de datos</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>nombre de la base de datos</translation>
    </message>
    <message>
        <source>database user</source>
        <translation>usuario de la base de datos</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>modo TLS</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>certificado de CA</translation>
    </message>
    <message>
        <source>campaign base URL</source>
        <translation>URL base de campaña</translation>
    </message>
    <message>
        <source>sign-in providers</source>
        <translation>proveedores de inicio de sesión</translation>
    </message>
    <message>
        <source>sign-in port</source>
        <translation>puerto de inicio de sesión</translation>
    </message>
    <message>
        <source>anon key</source>
        <translation>clave anon</translation>
    </message>
    <message>
        <source>database password</source>
        <translation>contraseña de la base de datos</translation>
    </message>
    <message>
        <source>No profile has the id &apos;%1&apos; (known: %2).</source>
        <translation>Ningún perfil tiene el id &apos;%1&apos; (conocidos: %2).</translation>
    </message>
    <message>
        <source>CURRENT</source>
        <translation>ACTUAL</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>SUPABASE URL</source>
        <translation>URL DE SUPABASE</translation>
    </message>
    <message>
        <source>DATABASE</source>
        <translation>BASE DE DATOS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>CAMPAIGN BASE URL</source>
        <translation>URL BASE DE CAMPAÑA</translation>
    </message>
    <message>
        <source>ANON KEY</source>
        <translation>CLAVE ANON</translation>
    </message>
    <message>
        <source>DB PASSWORD</source>
        <translation>CONTRASEÑA BD</translation>
    </message>
    <message>
        <source>sandbox</source>
        <translation>sandbox</translation>
    </message>
    <message>
        <source>supabase</source>
        <translation>supabase</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>guardada</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>listo</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incompleto</translation>
    </message>
    <message>
        <source>`limitless profile edit ID …` completes a profile; `limitless profile list --json` says what each one lacks.</source>
        <translation>`limitless profile edit ID …` completa un perfil; `limitless profile list --json` dice qué le falta a cada uno.</translation>
    </message>
    <message>
        <source>The keychain could not be read, so whether the keys are stored is not known: %1</source>
        <translation>No se pudo leer el llavero, así que no se sabe si las claves están guardadas: %1</translation>
    </message>
    <message>
        <source>%1: there is no readable file at %2.</source>
        <translation>%1: no hay ningún archivo legible en %2.</translation>
    </message>
    <message>
        <source>--%1 takes a port number (%2–65535).</source>
        <translation>--%1 espera un número de puerto (%2–65535).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a profile id: use 1 to 40 lowercase letters, digits, &apos;-&apos; or &apos;_&apos;, starting with a letter or digit.</source>
        <translation>&apos;%1&apos; no puede ser el id de un perfil: usa de 1 a 40 letras minúsculas, dígitos, &apos;-&apos; o &apos;_&apos;, empezando por una letra o un dígito.</translation>
    </message>
    <message>
        <source>--name takes one line of 1 to 100 characters.</source>
        <translation>--name espera una línea de 1 a 100 caracteres.</translation>
    </message>
    <message>
        <source>--pooler and --direct exclude each other.</source>
        <translation>--pooler y --direct se excluyen mutuamente.</translation>
    </message>
    <message>
        <source>--db-host must not be empty.</source>
        <translation>--db-host no puede estar vacío.</translation>
    </message>
    <message>
        <source>--db-name must not be empty.</source>
        <translation>--db-name no puede estar vacío.</translation>
    </message>
    <message>
        <source>--db-user must not be empty.</source>
        <translation>--db-user no puede estar vacío.</translation>
    </message>
    <message>
        <source>--oauth-providers takes Supabase provider names separated by commas, e.g. google,github (&apos;&apos; for none).</source>
        <translation>--oauth-providers espera nombres de proveedores de Supabase separados por comas, p. ej. google,github (&apos;&apos; para ninguno).</translation>
    </message>
    <message>
        <source>Say what to change, e.g. `limitless profile edit %1 --name NAME`; `limitless profile edit --help` lists the options.</source>
        <translation>Indica qué cambiar, p. ej. `limitless profile edit %1 --name NAME`; `limitless profile edit --help` enumera las opciones.</translation>
    </message>
    <message>
        <source>&apos;sandbox&apos; is the built-in local sandbox profile; `limitless profile edit sandbox --name N` renames it.</source>
        <translation>&apos;sandbox&apos; es el perfil incluido del sandbox local; `limitless profile edit sandbox --name N` le cambia el nombre.</translation>
    </message>
    <message>
        <source>A profile &apos;%1&apos; exists already; change it with `limitless profile edit %1 …`.</source>
        <translation>Ya existe un perfil &apos;%1&apos;; cámbialo con `limitless profile edit %1 …`.</translation>
    </message>
    <message>
        <source>The local sandbox&apos;s address and keys are managed by the app: only --name and --campaign-base-url can be changed.</source>
        <translation>La dirección y las claves del sandbox local las gestiona la aplicación: solo se pueden cambiar --name y --campaign-base-url.</translation>
    </message>
    <message>
        <source>The keychain cannot be used, so nothing was saved: %1</source>
        <translation>No se puede usar el llavero, así que no se ha guardado nada: %1</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; would not be complete, so it was not added:</source>
        <translation>El perfil &apos;%1&apos; no estaría completo, así que no se ha añadido:</translation>
    </message>
    <message>
        <source>Profile &apos;%1&apos; would not be complete, so nothing was changed:</source>
        <translation>El perfil &apos;%1&apos; no estaría completo, así que no se ha cambiado nada:</translation>
    </message>
    <message>
        <source>Anon or publishable key for &apos;%1&apos;: </source>
        <translation>Clave anon o publicable de &apos;%1&apos;: </translation>
    </message>
    <message>
        <source>No anon key on standard input: --anon-key-stdin reads it as one line.</source>
        <translation>No hay clave anon en la entrada estándar: --anon-key-stdin la lee como una línea.</translation>
    </message>
    <message>
        <source>Database password for &apos;%1&apos;: </source>
        <translation>Contraseña de la base de datos de &apos;%1&apos;: </translation>
    </message>
    <message>
        <source>No database password on standard input: --db-password-stdin reads it as one line (after the anon key when both are given).</source>
        <translation>No hay contraseña de la base de datos en la entrada estándar: --db-password-stdin la lee como una línea (después de la clave anon si se dan las dos).</translation>
    </message>
    <message>
        <source>The keychain failed, so the profile&apos;s settings were left as they were: %1</source>
        <translation>El llavero falló, así que la configuración del perfil quedó como estaba: %1</translation>
    </message>
    <message>
        <source>Added profile %1.</source>
        <translation>Perfil %1 añadido.</translation>
    </message>
    <message>
        <source>Profile %1: nothing changed.</source>
        <translation>Perfil %1: no ha cambiado nada.</translation>
    </message>
    <message>
        <source>Saved profile %1; changed: %2.</source>
        <translation>Perfil %1 guardado; cambios: %2.</translation>
    </message>
    <message>
        <source>Supabase: %1; database: %2 (%3, TLS %4).</source>
        <translation>Supabase: %1; base de datos: %2 (%3, TLS %4).</translation>
    </message>
    <message>
        <source>The anon key is in the keychain; no database password is stored.</source>
        <translation>La clave anon está en el llavero; no hay ninguna contraseña de la base de datos guardada.</translation>
    </message>
    <message>
        <source>The anon key and the database password are in the keychain.</source>
        <translation>La clave anon y la contraseña de la base de datos están en el llavero.</translation>
    </message>
    <message>
        <source>It is the current profile now: the dashboard opens it next time.</source>
        <translation>Ahora es el perfil actual: el panel lo abrirá la próxima vez.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is built in and cannot be removed; `limitless profile reset %1` clears its settings and keys.</source>
        <translation>&apos;%1&apos; viene incluido y no se puede eliminar; `limitless profile reset %1` borra su configuración y sus claves.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not built in: `limitless profile remove %1` removes it.</source>
        <translation>&apos;%1&apos; no viene incluido: `limitless profile remove %1` lo elimina.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the current profile; choose another first (`limitless profile use ID`), or add --yes to reset it and switch to the local sandbox.</source>
        <translation>&apos;%1&apos; es el perfil actual; elige otro primero (`limitless profile use ID`) o añade --yes para restablecerlo y pasar al sandbox local.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the current profile; choose another first (`limitless profile use ID`), or add --yes to remove it and switch to the local sandbox.</source>
        <translation>&apos;%1&apos; es el perfil actual; elige otro primero (`limitless profile use ID`) o añade --yes para eliminarlo y pasar al sandbox local.</translation>
    </message>
    <message>
        <source>The keychain cannot be used, so nothing was removed: %1</source>
        <translation>No se puede usar el llavero, así que no se ha eliminado nada: %1</translation>
    </message>
    <message>
        <source>Signed out of the profile&apos;s project, but the keychain failed to remove the profile&apos;s keys, so its settings were kept; run the command again: %1</source>
        <translation>Sesión cerrada en el proyecto del perfil, pero el llavero no pudo eliminar sus claves, así que se conservó su configuración; vuelve a ejecutar la orden: %1</translation>
    </message>
    <message>
        <source>The keychain failed to remove the profile&apos;s keys, so its settings were kept; run the command again: %1</source>
        <translation>El llavero no pudo eliminar las claves del perfil, así que se conservó su configuración; vuelve a ejecutar la orden: %1</translation>
    </message>
    <message>
        <source>Signed out of its project on this computer; the server could not be told: %1</source>
        <translation>Sesión cerrada en su proyecto en este ordenador; no se pudo avisar al servidor: %1</translation>
    </message>
    <message>
        <source>Signed out of its project first.</source>
        <translation>Primero se cerró la sesión en su proyecto.</translation>
    </message>
    <message>
        <source>Its project&apos;s session stays: profile &apos;%1&apos; uses the same project.</source>
        <translation>La sesión de su proyecto se mantiene: el perfil &apos;%1&apos; usa el mismo proyecto.</translation>
    </message>
    <message>
        <source>Reset profile &apos;%1&apos;: its settings and its keys in the keychain are gone.</source>
        <translation>Perfil &apos;%1&apos; restablecido: su configuración y sus claves del llavero se han borrado.</translation>
    </message>
    <message>
        <source>Removed profile &apos;%1&apos; with its keys in the keychain.</source>
        <translation>Perfil &apos;%1&apos; eliminado junto con sus claves del llavero.</translation>
    </message>
    <message>
        <source>The current profile is the local sandbox now.</source>
        <translation>El perfil actual es ahora el sandbox local.</translation>
    </message>
    <message>
        <source>The current profile is %1 now: the dashboard opens it next time, and `limitless auth` uses it without --profile.</source>
        <translation>El perfil actual es ahora %1: el panel lo abrirá la próxima vez y `limitless auth` lo usa sin --profile.</translation>
    </message>
    <message>
        <source>Its keys could not be checked: %1</source>
        <translation>No se pudieron comprobar sus claves: %1</translation>
    </message>
    <message>
        <source>It is not complete yet; `limitless profile edit %1` with these options completes it:</source>
        <translation>Aún no está completo; `limitless profile edit %1` con estas opciones lo completa:</translation>
    </message>
    <message>
        <source>Lists and sets up the profiles the dashboard and `limitless auth` sign in to: the built-in local sandbox, production and staging, and profiles you add. Settings are shared with the dashboard; the anon key and the database password go to the system keychain, read from standard input (or asked without echo on a terminal), never from the command line, and are never printed.

Actions:
  list                   every profile, the current one marked *
  add ID --supabase-url URL [options]
                         a new profile (complete: URL, anon key, database, TLS)
  edit ID [options]      change what is given, nothing else
  remove ID [--yes]      delete a profile you added, with its keys
  reset ID [--yes]       clear a built-in profile&apos;s settings and keys
  use ID                 make it the current profile

remove and reset sign out of the profile&apos;s project first, unless another profile uses the same project. Taking away the current profile needs --yes, and the local sandbox becomes current. The sandbox cannot be removed, and only its --name and --campaign-base-url can be changed.

Example (then type the key and the password, or pipe them in, one line each):
  limitless profile add acme --supabase-url https://&lt;project&gt;.supabase.co \
    --db-url &apos;postgresql://postgres@db.&lt;project&gt;.supabase.co:5432/postgres?sslmode=verify-full&amp;sslrootcert=/path/to/prod-ca-2021.crt&apos; \
    --anon-key-stdin --db-password-stdin --use

Exit codes: 0 done, 1 failed (the keychain, an existing or unknown id), 2 wrong usage or an incomplete profile (nothing was saved). With --json, error codes: usage, invalid_profile (with &quot;problems&quot;), exists, not_found, keychain.</source>
        <translation>Enumera y configura los perfiles en los que inician sesión el panel y `limitless auth`: el sandbox local incluido, production y staging, y los perfiles que añadas. La configuración se comparte con el panel; la clave anon y la contraseña de la base de datos van al llavero del sistema, leídas de la entrada estándar (o pedidas sin eco en un terminal), nunca de la línea de órdenes, y nunca se muestran.

Acciones:
  list                   todos los perfiles, el actual marcado con *
  add ID --supabase-url URL [opciones]
                         un perfil nuevo (completo: URL, clave anon, base de datos, TLS)
  edit ID [opciones]     cambia lo indicado y nada más
  remove ID [--yes]      borra un perfil que añadiste, con sus claves
  reset ID [--yes]       vacía la configuración y las claves de un perfil incluido
  use ID                 lo convierte en el perfil actual

remove y reset cierran primero la sesión en el proyecto del perfil, salvo que otro perfil use el mismo proyecto. Quitar el perfil actual requiere --yes, y el sandbox local pasa a ser el actual. El sandbox no se puede eliminar, y solo se pueden cambiar su --name y su --campaign-base-url.

Ejemplo (después escribe la clave y la contraseña, o pásalas por una tubería, una línea cada una):
  limitless profile add acme --supabase-url https://&lt;project&gt;.supabase.co \
    --db-url &apos;postgresql://postgres@db.&lt;project&gt;.supabase.co:5432/postgres?sslmode=verify-full&amp;sslrootcert=/path/to/prod-ca-2021.crt&apos; \
    --anon-key-stdin --db-password-stdin --use

Códigos de salida: 0 hecho, 1 falló (el llavero, un id existente o desconocido), 2 uso incorrecto o un perfil incompleto (no se guardó nada). Con --json, los códigos de error: usage, invalid_profile (con &quot;problems&quot;), exists, not_found, keychain.</translation>
    </message>
    <message>
        <source>list | add | edit | remove | reset | use</source>
        <translation>list | add | edit | remove | reset | use</translation>
    </message>
    <message>
        <source>The profile&apos;s id.</source>
        <translation>El id del perfil.</translation>
    </message>
    <message>
        <source>Display name (default: the id).</source>
        <translation>Nombre visible (predeterminado: el id).</translation>
    </message>
    <message>
        <source>The project&apos;s URL, https://&lt;project&gt;.supabase.co.</source>
        <translation>La URL del proyecto, https://&lt;project&gt;.supabase.co.</translation>
    </message>
    <message>
        <source>The database as postgresql://user@host:port/database?sslmode=…&amp;sslrootcert=… (no password: see --db-password-stdin). Parts left out take the defaults (user postgres, port 5432, database postgres); the options below override its parts.</source>
        <translation>La base de datos como postgresql://user@host:port/database?sslmode=…&amp;sslrootcert=… (sin contraseña: ver --db-password-stdin). Las partes omitidas toman los valores predeterminados (usuario postgres, puerto 5432, base de datos postgres); las opciones de abajo sustituyen sus partes.</translation>
    </message>
    <message>
        <source>Database host: db.&lt;project&gt;.supabase.co (direct) or aws-0-&lt;region&gt;.pooler.supabase.com (session pooler).</source>
        <translation>Host de la base de datos: db.&lt;project&gt;.supabase.co (directo) o aws-0-&lt;region&gt;.pooler.supabase.com (pooler de sesión).</translation>
    </message>
    <message>
        <source>Database port (default 5432; 6543, the transaction pooler, is refused).</source>
        <translation>Puerto de la base de datos (predeterminado: 5432; 6543, el pooler de transacciones, se rechaza).</translation>
    </message>
    <message>
        <source>Database name (default postgres).</source>
        <translation>Nombre de la base de datos (predeterminado: postgres).</translation>
    </message>
    <message>
        <source>Database user (default postgres; postgres.&lt;project&gt; on the session pooler).</source>
        <translation>Usuario de la base de datos (predeterminado: postgres; postgres.&lt;project&gt; en el pooler de sesión).</translation>
    </message>
    <message>
        <source>TLS: verify-full (default), verify-ca, require or disable (local databases only).</source>
        <translation>TLS: verify-full (predeterminado), verify-ca, require o disable (solo bases de datos locales).</translation>
    </message>
    <message>
        <source>The database&apos;s CA certificate file, needed by verify-full and verify-ca (Supabase: Database settings → SSL configuration).</source>
        <translation>El archivo del certificado de CA de la base de datos, necesario para verify-full y verify-ca (Supabase: Database settings → SSL configuration).</translation>
    </message>
    <message>
        <source>The database is Supabase&apos;s session pooler (the user becomes postgres.&lt;project&gt; unless --db-user says otherwise).</source>
        <translation>La base de datos es el pooler de sesión de Supabase (el usuario pasa a ser postgres.&lt;project&gt; salvo que --db-user diga otra cosa).</translation>
    </message>
    <message>
        <source>The database is a direct connection (default).</source>
        <translation>La base de datos es una conexión directa (predeterminado).</translation>
    </message>
    <message>
        <source>Base URL of the campaign links (&apos;&apos; for the default).</source>
        <translation>URL base de los enlaces de campaña (&apos;&apos; para la predeterminada).</translation>
    </message>
    <message>
        <source>Browser sign-in providers, e.g. google,github (default), &apos;&apos; for none.</source>
        <translation>Proveedores de inicio de sesión en el navegador, p. ej. google,github (predeterminado), &apos;&apos; para ninguno.</translation>
    </message>
    <message>
        <source>Port of the browser sign-in&apos;s http://127.0.0.1:&lt;port&gt;/callback (default 0: any free port).</source>
        <translation>Puerto de http://127.0.0.1:&lt;port&gt;/callback del inicio de sesión en el navegador (predeterminado: 0, cualquier puerto libre).</translation>
    </message>
    <message>
        <source>Read the anon or publishable key from standard input (one line).</source>
        <translation>Leer la clave anon o publicable de la entrada estándar (una línea).</translation>
    </message>
    <message>
        <source>Read the database password from standard input (one line, after the anon key when both are given).</source>
        <translation>Leer la contraseña de la base de datos de la entrada estándar (una línea, después de la clave anon si se dan las dos).</translation>
    </message>
    <message>
        <source>With add or edit: make it the current profile too.</source>
        <translation>Con add o edit: convertirlo además en el perfil actual.</translation>
    </message>
    <message>
        <source>With remove or reset: also when it is the current profile.</source>
        <translation>Con remove o reset: también si es el perfil actual.</translation>
    </message>
    <message>
        <source>Say what to do: list, add, edit, remove, reset or use.</source>
        <translation>Indica qué hacer: list, add, edit, remove, reset o use.</translation>
    </message>
    <message>
        <source>Unknown action &apos;%1&apos;: list, add, edit, remove, reset or use.</source>
        <translation>Acción desconocida &apos;%1&apos;: list, add, edit, remove, reset o use.</translation>
    </message>
    <message>
        <source>list takes no profile id.</source>
        <translation>list no lleva id de perfil.</translation>
    </message>
    <message>
        <source>Name the profile: `limitless profile %1 ID`.</source>
        <translation>Indica el perfil: `limitless profile %1 ID`.</translation>
    </message>
    <message>
        <source>--%1 goes with add or edit only.</source>
        <translation>--%1 solo va con add o edit.</translation>
    </message>
    <message>
        <source>--yes goes with remove or reset only.</source>
        <translation>--yes solo va con remove o reset.</translation>
    </message>
    <message>
        <source>add needs --supabase-url (and --anon-key-stdin and the database); `limitless profile --help` shows an example.</source>
        <translation>add necesita --supabase-url (y --anon-key-stdin y la base de datos); `limitless profile --help` muestra un ejemplo.</translation>
    </message>
    <message>
        <source>Manages the local sandbox: a private PostgreSQL cluster with the app&apos;s schema, a Supabase-compatible auth schema and a local owner account.

Actions:
  start     create the sandbox if needed, start it, apply pending migrations
  stop      stop the server cleanly
  status    print whether it runs and its connection URL (exit code 1 when it does not run; with --json the status then carries the error object, code not_running)
  reset     stop it and delete what it made in its directory (only a sandbox&apos;s directory, and nothing else in it)
  passwd    set the local owner&apos;s password (read from standard input)</source>
        <translation>Gestiona el sandbox local: un clúster privado de PostgreSQL con el esquema de la aplicación, un esquema de autenticación compatible con Supabase y una cuenta de propietario local.

Acciones:
  start     crear el sandbox si hace falta, iniciarlo y aplicar las migraciones pendientes
  stop      detener el servidor limpiamente
  status    indicar si está en marcha y su URL de conexión (código de salida 1 si no lo está; con --json el estado lleva entonces el objeto de error, código not_running)
  reset     detenerlo y borrar lo que creó en su directorio (solo en el directorio de un sandbox, y nada más de él)
  passwd    establecer la contraseña del propietario local (leída de la entrada estándar)</translation>
    </message>
    <message>
        <source>The sandbox in %1 is not running; start it with `limitless sandbox start`.</source>
        <translation>El sandbox de %1 no está en marcha; inícialo con `limitless sandbox start`.</translation>
    </message>
    <message>
        <source>New password for the local owner: </source>
        <translation>Nueva contraseña del propietario local: </translation>
    </message>
    <message>
        <source>Times the knowledge base: extracting and chunking a PDF against pdftotext, chunking against LangChain.js&apos;s RecursiveCharacterTextSplitter, the offline embedder on 10,000 chunks, storing 10,000 chunks, exact and hybrid top-3 retrieval at 50,000 chunks, and OCR seconds per page. Writes bench-* documents for the only owner (or --owner-email) and removes them.</source>
        <translation>Mide los tiempos de la base de conocimiento: extracción y fragmentación de un PDF frente a pdftotext, fragmentación frente a RecursiveCharacterTextSplitter de LangChain.js, el generador de embeddings sin conexión con 10.000 fragmentos, almacenamiento de 10.000 fragmentos, recuperación top-3 exacta e híbrida con 50.000 fragmentos y segundos de OCR por página. Escribe documentos bench-* para el único propietario (o --owner-email) y después los elimina.</translation>
    </message>
    <message>
        <source>A PDF of about 100 pages (.pdf or .pdf.gz).</source>
        <translation>Un PDF de unas 100 páginas (.pdf o .pdf.gz).</translation>
    </message>
    <message>
        <source>An image-only PDF for the OCR figure.</source>
        <translation>Un PDF solo de imágenes para la cifra de OCR.</translation>
    </message>
    <message>
        <source>Chunks in the retrieval test (default 50000).</source>
        <translation>Fragmentos en la prueba de recuperación (predeterminado: 50000).</translation>
    </message>
    <message>
        <source>Questions per retrieval figure (default 200).</source>
        <translation>Preguntas por cifra de recuperación (predeterminado: 200).</translation>
    </message>
    <message>
        <source>The owner the bench documents belong to.</source>
        <translation>El propietario al que pertenecen los documentos de prueba.</translation>
    </message>
    <message>
        <source>--chunks takes a number of at least 1000.</source>
        <translation>--chunks admite un número de al menos 1000.</translation>
    </message>
    <message>
        <source>--queries takes a number of at least 10.</source>
        <translation>--queries admite un número de al menos 10.</translation>
    </message>
    <message>
        <source>Cannot read the PDF %1.</source>
        <translation>No se puede leer el PDF %1.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source> ✓</source>
        <translation> ✓</translation>
    </message>
    <message>
        <source> ✗ missed</source>
        <translation> ✗ no alcanzado</translation>
    </message>
    <message>
        <source>Not measured: %1</source>
        <translation>Sin medir: %1</translation>
    </message>
    <message>
        <source>Missed targets: %1</source>
        <translation>Objetivos no alcanzados: %1</translation>
    </message>
    <message>
        <source>The knowledge settings of profile %1 are incomplete: %2</source>
        <translation>La configuración de la base de conocimiento del perfil %1 está incompleta: %2</translation>
    </message>
    <message>
        <source>%1: %2 chunks</source>
        <translation>%1: %2 fragmentos</translation>
    </message>
    <message>
        <source>Name the files or folders to ingest.</source>
        <translation>Indique los archivos o carpetas que desea incorporar.</translation>
    </message>
    <message>
        <source>--on-duplicate takes replace, keep or skip.</source>
        <translation>--on-duplicate admite replace, keep o skip.</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe el archivo o la carpeta</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) queued for processing.</source>
        <translation>
            <numerusform>%n documento en cola para procesarse.</numerusform>
            <numerusform>%n documentos en cola para procesarse.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were refused or failed.</source>
        <translation>
            <numerusform>%n archivo se rechazó o falló.</numerusform>
            <numerusform>%n archivos se rechazaron o fallaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <source>%1 names several documents; give more of the id.</source>
        <translation>%1 corresponde a varios documentos; indique más caracteres del id.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>No existe el documento %1.</translation>
    </message>
    <message>
        <source>Status: %1, %2 chunks, version %3</source>
        <translation>Estado: %1, %2 fragmentos, versión %3</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Embedding model: %1</source>
        <translation>Modelo de embeddings: %1</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>Name the documents to delete.</source>
        <translation>Indique los documentos que desea eliminar.</translation>
    </message>
    <message>
        <source>%1: the stored file was not removed: %2</source>
        <translation>%1: no se eliminó el archivo almacenado: %2</translation>
    </message>
    <message>
        <source>Deleted %1 and its %2 chunks.</source>
        <translation>Se eliminó %1 junto con sus %2 fragmentos.</translation>
    </message>
    <message>
        <source>replace takes a document and a file: replace ID FILE.</source>
        <translation>replace necesita un documento y un archivo: replace ID FILE.</translation>
    </message>
    <message>
        <source>%1 is now version %2 (%3 chunks added, %4 removed).</source>
        <translation>%1 es ahora la versión %2 (%3 fragmentos añadidos, %4 eliminados).</translation>
    </message>
    <message>
        <source>The new version failed to process.</source>
        <translation>No se pudo procesar la nueva versión.</translation>
    </message>
    <message>
        <source>Name the documents to re-process, or give --all.</source>
        <translation>Indique los documentos que desea volver a procesar, o use --all.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) failed.</source>
        <translation>
            <numerusform>%n documento falló.</numerusform>
            <numerusform>%n documentos fallaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>eval takes one file of questions: eval QUESTIONS.json.</source>
        <translation>eval necesita un archivo de preguntas: eval QUESTIONS.json.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>fallo</translation>
    </message>
    <message>
        <source>hit@%1 %2 · MRR %3 over %4 questions</source>
        <translation>hit@%1 %2 · MRR %3 en %4 preguntas</translation>
    </message>
    <message>
        <source>The knowledge base the agent answers from.
  ingest FILE|DIR...      upload, extract, chunk and embed files (pdf, docx, txt, md)
  list [--all]            the documents (--all: replaced versions too)
  show ID                 a document with its chunks
  delete ID...            documents, their chunks and their stored files
  replace ID FILE         a new version of a document
  reprocess ID...|--all   extract, chunk and embed again (new settings or model)
  eval QUESTIONS.json     hit@k and MRR of saved test questions
IDs may be shortened to a unique prefix of at least four characters. `ingest` exits 1 when any file is refused or fails, with each file&apos;s reason on stderr.</source>
        <translation>La base de conocimiento a partir de la cual responde el agente.
  ingest FILE|DIR...      sube, extrae, fragmenta y genera embeddings de archivos (pdf, docx, txt, md)
  list [--all]            los documentos (--all: también las versiones reemplazadas)
  show ID                 un documento con sus fragmentos
  delete ID...            documentos, sus fragmentos y sus archivos almacenados
  replace ID FILE         una nueva versión de un documento
  reprocess ID...|--all   extrae, fragmenta y genera embeddings de nuevo (nueva configuración o modelo)
  eval QUESTIONS.json     hit@k y MRR de las preguntas de prueba guardadas
Los ID se pueden abreviar a un prefijo único de al menos cuatro caracteres. `ingest` termina con código 1 si algún archivo se rechaza o falla, e indica el motivo de cada archivo en stderr.</translation>
    </message>
    <message>
        <source>ingest, list, show, delete, replace, reprocess or eval</source>
        <translation>ingest, list, show, delete, replace, reprocess o eval</translation>
    </message>
    <message>
        <source>Category of ingested files: pitch, objection, faq or product_info.</source>
        <translation>Categoría de los archivos incorporados: pitch, objection, faq o product_info.</translation>
    </message>
    <message>
        <source>Tags of ingested files, comma-separated.</source>
        <translation>Etiquetas de los archivos incorporados, separadas por comas.</translation>
    </message>
    <message>
        <source>A file whose content is already there: replace (new version), keep (both) or skip (default).</source>
        <translation>Un archivo cuyo contenido ya existe: replace (nueva versión), keep (conservar ambos) o skip (omitir; predeterminado).</translation>
    </message>
    <message>
        <source>The password of encrypted PDFs.</source>
        <translation>La contraseña de los PDF cifrados.</translation>
    </message>
    <message>
        <source>Only upload and queue; the app or the cloud worker processes later.</source>
        <translation>Solo subir y poner en cola; la aplicación o el proceso de trabajo en la nube lo procesa más tarde.</translation>
    </message>
    <message>
        <source>list: replaced versions too; reprocess: every document.</source>
        <translation>list: también las versiones reemplazadas; reprocess: todos los documentos.</translation>
    </message>
    <message>
        <source>eval: how many chunks count (default 3).</source>
        <translation>eval: cuántos fragmentos se tienen en cuenta (predeterminado: 3).</translation>
    </message>
    <message>
        <source>The owner the documents belong to.</source>
        <translation>El propietario al que pertenecen los documentos.</translation>
    </message>
    <message>
        <source>The profile whose knowledge settings apply (default: the current one).</source>
        <translation>El perfil cuya configuración de la base de conocimiento se aplica (predeterminado: el actual).</translation>
    </message>
    <message>
        <source>Keep uploaded files in this folder instead of the profile&apos;s storage.</source>
        <translation>Guardar los archivos subidos en esta carpeta en lugar de en el almacenamiento del perfil.</translation>
    </message>
    <message>
        <source>show takes one document.</source>
        <translation>show admite un solo documento.</translation>
    </message>
    <message>
        <source>Say what to do: ingest, list, show, delete, replace, reprocess or eval.</source>
        <translation>Indique qué hacer: ingest, list, show, delete, replace, reprocess o eval.</translation>
    </message>
    <message>
        <source>Searches the knowledge base as the agent does: the question&apos;s vector ranking fused with full-text ranking. Shows each chunk&apos;s document, page, section and scores.</source>
        <translation>Busca en la base de conocimiento como lo hace el agente: la clasificación vectorial de la pregunta combinada con la clasificación de texto completo. Muestra el documento, la página, la sección y las puntuaciones de cada fragmento.</translation>
    </message>
    <message>
        <source>What a lead might ask.</source>
        <translation>Lo que podría preguntar un cliente potencial.</translation>
    </message>
    <message>
        <source>How many chunks (default 3).</source>
        <translation>Cuántos fragmentos (predeterminado: 3).</translation>
    </message>
    <message>
        <source>Only documents of this category (repeatable).</source>
        <translation>Solo documentos de esta categoría (se puede repetir).</translation>
    </message>
    <message>
        <source>Only documents with this tag (repeatable).</source>
        <translation>Solo documentos con esta etiqueta (se puede repetir).</translation>
    </message>
    <message>
        <source>Vector engine: auto (default), pgvector or in-process.</source>
        <translation>Motor vectorial: auto (predeterminado), pgvector o in-process.</translation>
    </message>
    <message>
        <source>Leave full-text search out.</source>
        <translation>Omitir la búsqueda de texto completo.</translation>
    </message>
    <message>
        <source>The owner whose documents are searched.</source>
        <translation>El propietario en cuyos documentos se busca.</translation>
    </message>
    <message>
        <source>Give the question to search for.</source>
        <translation>Indique la pregunta que desea buscar.</translation>
    </message>
    <message>
        <source>--k takes a number from 1 to 100.</source>
        <translation>--k admite un número de 1 a 100.</translation>
    </message>
    <message>
        <source>--engine takes auto, pgvector or in-process.</source>
        <translation>--engine admite auto, pgvector o in-process.</translation>
    </message>
    <message>
        <source>Nothing in the knowledge base matches.</source>
        <translation>Nada en la base de conocimiento coincide.</translation>
    </message>
    <message>
        <source>score %1 (vector #%2, %3; words #%4)</source>
        <translation>puntuación %1 (vector #%2, %3; palabras #%4)</translation>
    </message>
    <message>
        <source>%1 engine · %2 ms</source>
        <translation>motor %1 · %2 ms</translation>
    </message>
    <message>
        <source>Measured turns (default 200).</source>
        <translation>Turnos medidos (predeterminado: 200).</translation>
    </message>
    <message>
        <source>Measured checkpoint writes, ours and LangGraph.js&apos;s each (default 200).</source>
        <translation>Escrituras de checkpoint medidas, tanto las nuestras como las de LangGraph.js (predeterminado: 200 de cada).</translation>
    </message>
    <message>
        <source>--turns takes a number of at least 10.</source>
        <translation>--turns admite un número de al menos 10.</translation>
    </message>
    <message>
        <source>--writes takes a number of at least 10.</source>
        <translation>--writes admite un número de al menos 10.</translation>
    </message>
    <message>
        <source>Agent benchmark: PostgreSQL %1, %2 cores, load average %3 before, %4 after.</source>
        <translation>Prueba de rendimiento del agente: PostgreSQL %1, %2 núcleos, carga media %3 antes, %4 después.</translation>
    </message>
    <message>
        <source>Measures a LangGraph API server&apos;s agent: the time from sending a lead&apos;s message to the first streamed token and to the final state, through the dashboard&apos;s client and through plain HTTP in the same run (the client&apos;s own overhead is the difference).</source>
        <translation>Mide el agente de un servidor de la API de LangGraph: el tiempo desde el envío del mensaje de un cliente potencial hasta el primer token transmitido y hasta el estado final, a través del cliente del panel y mediante HTTP simple en la misma ejecución (la diferencia es la sobrecarga propia del cliente).</translation>
    </message>
    <message>
        <source>agent-server</source>
        <translation>agent-server</translation>
    </message>
    <message>
        <source>The server&apos;s URL (e.g. http://127.0.0.1:2024).</source>
        <translation>La URL del servidor (p. ej. http://127.0.0.1:2024).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>The assistant or graph id.</source>
        <translation>El id del asistente o del grafo.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Fresh threads measured (default 10).</source>
        <translation>Hilos nuevos medidos (predeterminado: 10).</translation>
    </message>
    <message>
        <source>The lead&apos;s message (default &quot;hi there&quot;).</source>
        <translation>El mensaje del cliente potencial (predeterminado: &quot;hi there&quot;).</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>--server is required: the server&apos;s URL, e.g. http://127.0.0.1:2024</source>
        <translation>--server es obligatorio: la URL del servidor, p. ej. http://127.0.0.1:2024</translation>
    </message>
    <message>
        <source>--rounds is a number from 1 to 1000.</source>
        <translation>--rounds admite un número de 1 a 1000.</translation>
    </message>
    <message>
        <source>--assistant is required: the assistant or graph id.</source>
        <translation>--assistant es obligatorio: el id del asistente o del grafo.</translation>
    </message>
    <message>
        <source>stage %1</source>
        <translation>etapa %1</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>calificado</translation>
    </message>
    <message>
        <source>not qualified</source>
        <translation>no calificado</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>puntuación %1</translation>
    </message>
    <message>
        <source>%1 pitch</source>
        <translation>discurso de venta %1</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>pagado</translation>
    </message>
    <message>
        <source>link sent</source>
        <translation>enlace enviado</translation>
    </message>
    <message>
        <source>Talks to the local sales agent as a lead: each line of standard input is the lead&apos;s message, each reply is printed with the conversation&apos;s state. A line “/pay” completes the test checkout (simulated). The conversation is a playground thread stored like any other (LangGraph checkpoints, events).</source>
        <translation>Habla con el agente de ventas local como cliente potencial: cada línea de la entrada estándar es el mensaje del cliente potencial y cada respuesta se muestra con el estado de la conversación. Una línea “/pay” completa la sesión de pago de prueba (simulada). La conversación es un hilo de la zona de pruebas que se almacena como cualquier otro (checkpoints de LangGraph, eventos).</translation>
    </message>
    <message>
        <source>The campaign under test (its code).</source>
        <translation>La campaña que se prueba (su código).</translation>
    </message>
    <message>
        <source>Continue this playground thread.</source>
        <translation>Continuar este hilo de la zona de pruebas.</translation>
    </message>
    <message>
        <source>Name the campaign under test with --campaign, or continue a thread with --thread.</source>
        <translation>Indique la campaña que se prueba con --campaign o continúe un hilo con --thread.</translation>
    </message>
    <message>
        <source>Thread %1 — type the lead&apos;s messages, one per line.</source>
        <translation>Hilo %1 — escriba los mensajes del cliente potencial, uno por línea.</translation>
    </message>
    <message>
        <source>agent: %1</source>
        <translation>agente: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>nota: %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Replays a conversation on the local agent with the current prompts and documents: its messages up to lead turn N are copied into a new playground thread with the state they had, then each later message of the lead is answered anew. Prints both outcomes side by side (stage reached, qualified, payment link sent).</source>
        <translation>Reproduce de nuevo una conversación con el agente local y los prompts y documentos actuales: sus mensajes hasta el turno N del cliente potencial se copian en un hilo nuevo de la zona de pruebas con el estado que tenían y, después, cada mensaje posterior del cliente potencial se responde de nuevo. Muestra ambos resultados uno al lado del otro (etapa alcanzada, calificado, enlace de pago enviado).</translation>
    </message>
    <message>
        <source>The conversation (thread) to replay.</source>
        <translation>La conversación (hilo) que se reproducirá de nuevo.</translation>
    </message>
    <message>
        <source>Lead turns copied before the agent takes over (default 1; 0 = replay from the lead&apos;s first message).</source>
        <translation>Turnos del cliente potencial que se copian antes de que el agente tome el relevo (predeterminado: 1; 0 = reproducir desde el primer mensaje del cliente potencial).</translation>
    </message>
    <message>
        <source>The conversation id is too long (%1 characters; at most 256).</source>
        <translation>El id de la conversación es demasiado largo (%1 caracteres; como máximo 256).</translation>
    </message>
    <message>
        <source>--turn takes a number of lead turns, 0 or more.</source>
        <translation>--turn admite un número de turnos del cliente potencial, 0 o más.</translation>
    </message>
    <message>
        <source>This database has no agent playground tables; install the dashboard&apos;s additions with `%1`.</source>
        <translation>Esta base de datos no tiene las tablas de la zona de pruebas del agente; instale las adiciones del panel con `%1`.</translation>
    </message>
    <message>
        <source>The owner has no conversation %1.</source>
        <translation>El propietario no tiene la conversación %1.</translation>
    </message>
    <message>
        <source>Replay of %1 in playground thread %2: %3 of %4 lead turns copied, policy %5, prompts v%6.</source>
        <translation>Repetición de %1 en el hilo %2 de la zona de pruebas: %3 de %4 turnos del cliente potencial copiados, política %5, prompts v%6.</translation>
    </message>
    <message>
        <source>The original&apos;s history has no checkpoint at that turn; read from the copied lead messages: %1.</source>
        <translation>El historial del original no tiene ningún checkpoint en ese turno; se leyó de los mensajes copiados del cliente potencial: %1.</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Etapa alcanzada</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificado</translation>
    </message>
    <message>
        <source>Payment link sent</source>
        <translation>Enlace de pago enviado</translation>
    </message>
    <message>
        <source>Lead turns</source>
        <translation>Turnos del cliente potencial</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Cliente potencial</translation>
    </message>
    <message>
        <source>Original reply</source>
        <translation>Respuesta original</translation>
    </message>
    <message>
        <source>Replay reply</source>
        <translation>Respuesta de la repetición</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>No scenarios saved yet: `limitless scenarios save NAME --thread ID`, or the lead&apos;s lines on standard input.</source>
        <translation>Aún no hay escenarios guardados: `limitless scenarios save NAME --thread ID`, o las líneas del cliente potencial por la entrada estándar.</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Link sent</source>
        <translation>Enlace enviado</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>The conversation %1 has no lead messages to save.</source>
        <translation>La conversación %1 no tiene mensajes del cliente potencial que guardar.</translation>
    </message>
    <message>
        <source>Give --replace to overwrite it, or choose another name.</source>
        <translation>Indique --replace para sobrescribirlo o elija otro nombre.</translation>
    </message>
    <message numerus="yes">
        <source>Saved scenario “%1” with %n lead turn(s).</source>
        <translation>
            <numerusform>Se guardó el escenario “%1” con %n turno del cliente potencial.</numerusform>
            <numerusform>Se guardó el escenario “%1” con %n turnos del cliente potencial.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no scenario named “%1”.</source>
        <translation>No hay ningún escenario llamado “%1”.</translation>
    </message>
    <message>
        <source>Deleted scenario “%1” and its runs.</source>
        <translation>Se eliminó el escenario “%1” y sus ejecuciones.</translation>
    </message>
    <message>
        <source>No scenarios to run: save one with `limitless scenarios save`.</source>
        <translation>No hay escenarios que ejecutar: guarde uno con `limitless scenarios save`.</translation>
    </message>
    <message>
        <source>ran “%1”: %2</source>
        <translation>se ejecutó “%1”: %2</translation>
    </message>
    <message>
        <source>Policy %1, prompts v%2.</source>
        <translation>Política %1, prompts v%2.</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>“%1” failed: %2</source>
        <translation>“%1” falló: %2</translation>
    </message>
    <message>
        <source>Changed since the last run (%1) in “%2”:</source>
        <translation>Cambios desde la última ejecución (%1) en “%2”:</translation>
    </message>
    <message>
        <source>%1 same, %2 changed, %3 new, %4 failed.</source>
        <translation>%1 iguales, %2 cambiados, %3 nuevos, %4 fallidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) failed.</source>
        <translation>
            <numerusform>%n escenario falló.</numerusform>
            <numerusform>%n escenarios fallaron.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) changed since their last run.</source>
        <translation>
            <numerusform>%n escenario cambió desde su última ejecución.</numerusform>
            <numerusform>%n escenarios cambiaron desde su última ejecución.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved test conversations for the local agent. list: the scenarios and their last run. save NAME: the lead&apos;s turns of --thread ID, or one per line of standard input. run [NAME…]: replays every scenario (or those named) on a fresh playground thread with the current prompts and documents, and says what changed since its last run. delete NAME.</source>
        <translation>Conversaciones de prueba guardadas para el agente local. list: los escenarios y su última ejecución. save NAME: los turnos del cliente potencial de --thread ID, o uno por línea de la entrada estándar. run [NAME…]: reproduce de nuevo cada escenario (o los indicados) en un hilo nuevo de la zona de pruebas con los prompts y documentos actuales, e indica qué cambió desde su última ejecución. delete NAME.</translation>
    </message>
    <message>
        <source>list, save, run or delete.</source>
        <translation>list, save, run o delete.</translation>
    </message>
    <message>
        <source>save: the conversation whose lead turns to save.</source>
        <translation>save: la conversación cuyos turnos del cliente potencial se guardan.</translation>
    </message>
    <message>
        <source>save: the campaign under test (its code).</source>
        <translation>save: la campaña que se prueba (su código).</translation>
    </message>
    <message>
        <source>save: overwrite a scenario of the same name.</source>
        <translation>save: sobrescribir un escenario con el mismo nombre.</translation>
    </message>
    <message>
        <source>run: do not store this run (the next run compares with the last stored).</source>
        <translation>run: no almacenar esta ejecución (la siguiente se compara con la última almacenada).</translation>
    </message>
    <message>
        <source>run: exit 1 when a scenario&apos;s outcome changed since its last run.</source>
        <translation>run: salir con 1 cuando el resultado de un escenario haya cambiado desde su última ejecución.</translation>
    </message>
    <message>
        <source>Unknown action “%1”.</source>
        <translation>Acción desconocida “%1”.</translation>
    </message>
    <message>
        <source>--thread, --campaign and --replace belong to `scenarios save`.</source>
        <translation>--thread, --campaign y --replace pertenecen a `scenarios save`.</translation>
    </message>
    <message>
        <source>stage: %1</source>
        <translation>etapa: %1</translation>
    </message>
    <message>
        <source>qualified: %1 (%2)</source>
        <translation>calificado: %1 (%2)</translation>
    </message>
    <message>
        <source>pitch: %1</source>
        <translation>discurso de venta: %1</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>payment link: %1</source>
        <translation>enlace de pago: %1</translation>
    </message>
    <message>
        <source>paid: %1</source>
        <translation>pagado: %1</translation>
    </message>
    <message>
        <source>business: %1</source>
        <translation>negocio: %1</translation>
    </message>
    <message>
        <source>revenue: %1</source>
        <translation>ingresos: %1</translation>
    </message>
    <message>
        <source>pain: %1</source>
        <translation>problema principal: %1</translation>
    </message>
    <message>
        <source>plan: %1</source>
        <translation>plan: %1</translation>
    </message>
    <message>
        <source>email: %1</source>
        <translation>correo: %1</translation>
    </message>
    <message>
        <source>Talks to the agent a LangGraph API server runs: each line of standard input is a lead&apos;s message; the reply is printed as it streams in, then the state. A line &quot;/resume&quot; continues a run that stopped at an interrupt. With --json, one object per turn: thread_id, reply, state.</source>
        <translation>Habla con el agente que ejecuta un servidor de la API de LangGraph: cada línea de la entrada estándar es el mensaje de un cliente potencial; la respuesta se muestra a medida que llega y, después, el estado. Una línea “/resume” continúa una ejecución que se detuvo en una interrupción. Con --json, un objeto por turno: thread_id, reply, state.</translation>
    </message>
    <message>
        <source>The server&apos;s URL (a local server without a key), or a profile whose agent backend is a LangGraph server (its API key comes from the keychain, or from LIMITLESS_AGENT_SERVER_API_KEY).</source>
        <translation>La URL del servidor (un servidor local sin clave) o un perfil cuyo backend del agente sea un servidor de LangGraph (su clave de API se toma del llavero o de LIMITLESS_AGENT_SERVER_API_KEY).</translation>
    </message>
    <message>
        <source>url|profile</source>
        <translation>url|perfil</translation>
    </message>
    <message>
        <source>The assistant or graph id (default: the profile&apos;s, else the server&apos;s first).</source>
        <translation>El id del asistente o del grafo (predeterminado: el del perfil o, si no, el primero del servidor).</translation>
    </message>
    <message>
        <source>Continue this server thread instead of starting a new one.</source>
        <translation>Continuar este hilo del servidor en lugar de iniciar uno nuevo.</translation>
    </message>
    <message>
        <source>LangGraph server %1 (API %2), assistant %3, thread %4</source>
        <translation>Servidor de LangGraph %1 (API %2), asistente %3, hilo %4</translation>
    </message>
    <message>
        <source>(the agent stopped before %1; type /resume to let it go on)</source>
        <translation>(el agente se detuvo antes de %1; escriba /resume para que continúe)</translation>
    </message>
    <message numerus="yes">
        <source>%n turn(s) failed on the LangGraph server</source>
        <translation>
            <numerusform>%n turno falló en el servidor de LangGraph</numerusform>
            <numerusform>%n turnos fallaron en el servidor de LangGraph</numerusform>
        </translation>
    </message>
    <message>
        <source>Times the local agent runtime: offline turns with retrieval and the checkpoint write (p50, p95; target p95 &lt; 30 ms), one turn&apos;s checkpoint written by us and by LangGraph.js&apos;s PostgresSaver.put in the same run, and the streaming overhead (a loopback stand-in&apos;s first byte to the first token on the calling thread, through the OpenAI-compatible policy). Its playground threads and bench checkpoints are removed after.</source>
        <translation>Mide los tiempos del entorno de ejecución local del agente: turnos sin conexión con recuperación y escritura del checkpoint (p50, p95; objetivo p95 &lt; 30 ms), el checkpoint de un turno escrito por nosotros y por PostgresSaver.put de LangGraph.js en la misma ejecución, y la sobrecarga del streaming (del primer byte de un servidor sustituto de loopback al primer token en el hilo que llama, a través de la política compatible con OpenAI). Después se eliminan sus hilos de la zona de pruebas y los checkpoints de la prueba.</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversaciones</translation>
    </message>
    <message>
        <source>analytics events</source>
        <translation>eventos de analítica</translation>
    </message>
    <message>
        <source>checkpoints</source>
        <translation>checkpoints</translation>
    </message>
    <message>
        <source>checkpoint blobs</source>
        <translation>blobs de checkpoints</translation>
    </message>
    <message>
        <source>checkpoint writes</source>
        <translation>escrituras de checkpoints</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>archivadas</translation>
    </message>
    <message>
        <source>restored</source>
        <translation>restauradas</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>eliminadas</translation>
    </message>
    <message>
        <source>Data retention. `retention --dry-run` counts, per table, what the retention policy removes: checkpoints of conversations finished (complete, nurture) more than 90 days ago, analytics events older than two years, conversations without a message for over a year (with their events and checkpoints; a conversation with a payment is kept, and payments are never touched). `retention --apply` first writes all of it to a compressed archive, then deletes it in batches; an interrupted apply (Ctrl+C, a lost connection) resumes where it stopped on the next --apply. `restore ARCHIVE` puts an archive&apos;s rows back (rows that exist are left alone). `archives` lists the owner&apos;s archives.</source>
        <translation>Retención de datos. `retention --dry-run` cuenta, por tabla, lo que elimina la política de retención: los checkpoints de las conversaciones terminadas (complete, nurture) hace más de 90 días, los eventos de analítica de más de dos años y las conversaciones sin mensajes desde hace más de un año (con sus eventos y checkpoints; una conversación con un pago se conserva y los pagos nunca se tocan). `retention --apply` primero lo escribe todo en un archivo comprimido y luego lo elimina por lotes; una aplicación interrumpida (Ctrl+C, una conexión perdida) se reanuda donde se detuvo en el siguiente --apply. `restore ARCHIVE` devuelve las filas de un archivo a su sitio (las filas que ya existen no se tocan). `archives` lista los archivos del propietario.</translation>
    </message>
    <message>
        <source>retention, restore or archives</source>
        <translation>retention, restore o archives</translation>
    </message>
    <message>
        <source>the archive to restore</source>
        <translation>el archivo que se restaurará</translation>
    </message>
    <message>
        <source>Only count what would be archived and deleted.</source>
        <translation>Solo contar lo que se archivaría y eliminaría.</translation>
    </message>
    <message>
        <source>Archive, then delete (or resume an interrupted run).</source>
        <translation>Archivar y luego eliminar (o reanudar una ejecución interrumpida).</translation>
    </message>
    <message>
        <source>Apply the policy as of this time (ISO 8601, UTC; default now).</source>
        <translation>Aplicar la política con esta fecha y hora de referencia (ISO 8601, UTC; predeterminado: ahora).</translation>
    </message>
    <message>
        <source>Rows per delete transaction (default 2000).</source>
        <translation>Filas por transacción de eliminación (predeterminado: 2000).</translation>
    </message>
    <message>
        <source>Folder of the archives (default %1).</source>
        <translation>Carpeta de los archivos (predeterminado: %1).</translation>
    </message>
    <message>
        <source>The owner to act for (default: the database&apos;s only owner).</source>
        <translation>El propietario en cuyo nombre actuar (predeterminado: el único propietario de la base de datos).</translation>
    </message>
    <message>
        <source>Say what to do: retention, restore or archives.</source>
        <translation>Indique qué hacer: retention, restore o archives.</translation>
    </message>
    <message>
        <source>Say --dry-run or --apply (one of them).</source>
        <translation>Indique --dry-run o --apply (uno de los dos).</translation>
    </message>
    <message>
        <source>Name the archive to restore.</source>
        <translation>Indique el archivo que se restaurará.</translation>
    </message>
    <message>
        <source>--as-of is not an ISO 8601 time (2026-01-31T00:00:00Z).</source>
        <translation>--as-of no es una fecha y hora ISO 8601 (2026-01-31T00:00:00Z).</translation>
    </message>
    <message>
        <source>--batch-size must be a number from 1 to 100000.</source>
        <translation>--batch-size debe ser un número de 1 a 100000.</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archivo</translation>
    </message>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <source>state</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>aplicado</translation>
    </message>
    <message>
        <source>interrupted: --apply resumes</source>
        <translation>interrumpido: --apply lo reanuda</translation>
    </message>
    <message>
        <source>No archives in %1.</source>
        <translation>No hay archivos en %1.</translation>
    </message>
    <message>
        <source>This database lacks the dashboard&apos;s data retention functions: run `%1` first.</source>
        <translation>A esta base de datos le faltan las funciones de retención de datos del panel: ejecute primero `%1`.</translation>
    </message>
    <message>
        <source>Retention as of %1 (dry run, nothing changed):</source>
        <translation>Retención a fecha de %1 (simulación, no se cambió nada):</translation>
    </message>
    <message>
        <source>rows to archive and delete</source>
        <translation>filas que archivar y eliminar</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>pagos</translation>
    </message>
    <message>
        <source>Inactive conversations kept for their payments: %1.</source>
        <translation>Conversaciones inactivas conservadas por sus pagos: %1.</translation>
    </message>
    <message>
        <source>An interrupted run is waiting: --apply resumes it (%1).</source>
        <translation>Hay una ejecución interrumpida pendiente: --apply la reanuda (%1).</translation>
    </message>
    <message>
        <source>Interrupted: the restore can be run again (rows already back are left as they are).</source>
        <translation>Interrumpido: la restauración se puede volver a ejecutar (las filas ya restauradas se dejan como están).</translation>
    </message>
    <message>
        <source>Interrupted: run --apply again to resume (%1).</source>
        <translation>Interrumpido: ejecute --apply de nuevo para reanudar (%1).</translation>
    </message>
    <message>
        <source>Restored from %1:</source>
        <translation>Restaurado desde %1:</translation>
    </message>
    <message>
        <source>Archived to %1 and deleted:</source>
        <translation>Archivado en %1 y eliminado:</translation>
    </message>
    <message>
        <source>(an interrupted run was resumed)</source>
        <translation>(se reanudó una ejecución interrumpida)</translation>
    </message>
    <message>
        <source>Replay on the agent a LangGraph API server runs instead: its URL, or a profile whose agent backend is a LangGraph server. The copy and the continued turns go into a new server thread.</source>
        <translation>Reproducir en su lugar con el agente que ejecuta un servidor de la API de LangGraph: su URL o un perfil cuyo backend del agente sea un servidor de LangGraph. La copia y los turnos continuados van a un hilo nuevo del servidor.</translation>
    </message>
    <message>
        <source>With --server: the assistant or graph id (default: the profile&apos;s, else the server&apos;s first).</source>
        <translation>Con --server: el id del asistente o del grafo (predeterminado: el del perfil o, si no, el primero del servidor).</translation>
    </message>
    <message>
        <source>Usage: limitless replay CONVERSATION_ID [--turn N] [--server URL|PROFILE [--assistant ID]] [--json]</source>
        <translation>Uso: limitless replay CONVERSATION_ID [--turn N] [--server URL|PROFILE [--assistant ID]] [--json]</translation>
    </message>
    <message>
        <source>--assistant goes with --server.</source>
        <translation>--assistant solo se usa con --server.</translation>
    </message>
    <message>
        <source>Replay of %1 on the LangGraph server %2 (assistant %3), server thread %4: %5 of %6 lead turns copied.</source>
        <translation>Repetición de %1 en el servidor de LangGraph %2 (asistente %3), hilo del servidor %4: %5 de %6 turnos del cliente potencial copiados.</translation>
    </message>
    <message>
        <source>ran “%1” on %2</source>
        <translation>se ejecutó “%1” en %2</translation>
    </message>
    <message>
        <source>both backends</source>
        <translation>ambos backends</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>LangGraph server %1 (API %2), assistant %3.</source>
        <translation>Servidor de LangGraph %1 (API %2), asistente %3.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>falló</translation>
    </message>
    <message>
        <source>Stage (built-in)</source>
        <translation>Etapa (integrado)</translation>
    </message>
    <message>
        <source>Stage (server)</source>
        <translation>Etapa (servidor)</translation>
    </message>
    <message>
        <source>Qualified (built-in / server)</source>
        <translation>Calificado (integrado / servidor)</translation>
    </message>
    <message>
        <source>Link sent (built-in / server)</source>
        <translation>Enlace enviado (integrado / servidor)</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>“%1” failed on the built-in runtime: %2</source>
        <translation>“%1” falló en el entorno de ejecución integrado: %2</translation>
    </message>
    <message>
        <source>“%1” failed on the server: %2</source>
        <translation>“%1” falló en el servidor: %2</translation>
    </message>
    <message>
        <source>%1 scenario(s): %2 differ, %3 failed.</source>
        <translation>Escenarios: %1; difieren: %2; fallaron: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) end differently on the two backends.</source>
        <translation>
            <numerusform>%n escenario termina de forma distinta en los dos backends.</numerusform>
            <numerusform>%n escenarios terminan de forma distinta en los dos backends.</numerusform>
        </translation>
    </message>
    <message>
        <source>run: where the scenarios run: builtin (the dashboard&apos;s runtime), server (a LangGraph API server, see --server) or both, side by side.</source>
        <translation>run: dónde se ejecutan los escenarios: builtin (el entorno de ejecución del panel), server (un servidor de la API de LangGraph, véase --server) o both, en paralelo.</translation>
    </message>
    <message>
        <source>run --backend server|both: the server&apos;s URL, or a profile whose agent backend is a LangGraph server.</source>
        <translation>run --backend server|both: la URL del servidor o un perfil cuyo backend del agente sea un servidor de LangGraph.</translation>
    </message>
    <message>
        <source>run --backend server|both: the assistant or graph id (default: the profile&apos;s, else the server&apos;s first).</source>
        <translation>run --backend server|both: el id del asistente o del grafo (predeterminado: el del perfil o, si no, el primero del servidor).</translation>
    </message>
    <message>
        <source>Usage: limitless scenarios list | save NAME [--thread ID | &lt; lines] [--campaign CODE] [--replace] | run [NAME…] [--fail-on-change] [--backend builtin|server|both --server URL|PROFILE] | delete NAME [--json]</source>
        <translation>Uso: limitless scenarios list | save NAME [--thread ID | &lt; lines] [--campaign CODE] [--replace] | run [NAME…] [--fail-on-change] [--backend builtin|server|both --server URL|PROFILE] | delete NAME [--json]</translation>
    </message>
    <message>
        <source>--backend takes builtin, server or both.</source>
        <translation>--backend admite builtin, server o both.</translation>
    </message>
    <message>
        <source>--backend, --server and --assistant belong to `scenarios run`.</source>
        <translation>--backend, --server y --assistant pertenecen a `scenarios run`.</translation>
    </message>
    <message>
        <source>--backend %1 needs --server URL|PROFILE.</source>
        <translation>--backend %1 necesita --server URL|PROFILE.</translation>
    </message>
</context>
<context>
    <name>limitless::conversations::ConversationExport</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Se canceló la exportación.</translation>
    </message>
    <message>
        <source>The database is not available.</source>
        <translation>La base de datos no está disponible.</translation>
    </message>
</context>
<context>
    <name>limitless::maintenance</name>
    <message>
        <source>No owner is signed in.</source>
        <translation>No hay ningún propietario con la sesión iniciada.</translation>
    </message>
    <message>
        <source>The database has several owners; sign in as one of them.</source>
        <translation>La base de datos tiene varios propietarios; inicie sesión como uno de ellos.</translation>
    </message>
</context>
<context>
    <name>limitless::models::AgentStateModel</name>
    <message>
        <source>lead</source>
        <translation>cliente potencial</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>agente</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>herramienta</translation>
    </message>
    <message>
        <source>system</source>
        <translation>sistema</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificado</translation>
    </message>
    <message>
        <source>Qualification score</source>
        <translation>Puntuación de calificación</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>Ingresos mensuales</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Problema principal</translation>
    </message>
    <message>
        <source>Pitch delivered</source>
        <translation>Discurso de venta presentado</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Discurso de venta</translation>
    </message>
    <message>
        <source>Payment link sent</source>
        <translation>Enlace de pago enviado</translation>
    </message>
    <message>
        <source>Payment completed</source>
        <translation>Pago completado</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Message %1 (%2)</source>
        <translation>Mensaje %1 (%2)</translation>
    </message>
    <message>
        <source>Channel %1</source>
        <translation>Canal %1</translation>
    </message>
    <message>
        <source>Channel messages</source>
        <translation>Canal messages</translation>
    </message>
    <message>
        <source>Edited; stored value: %1</source>
        <translation>Editado; valor almacenado: %1</translation>
    </message>
    <message>
        <source>%1 is yes or no.</source>
        <translation>%1 es sí o no.</translation>
    </message>
    <message>
        <source>%1 is a number from 0 to 100.</source>
        <translation>%1 es un número de 0 a 100.</translation>
    </message>
    <message>
        <source>%1 is a whole number, 0 or more.</source>
        <translation>%1 es un número entero, 0 o más.</translation>
    </message>
    <message>
        <source>The stage is one of: %1.</source>
        <translation>La etapa es una de las siguientes: %1.</translation>
    </message>
    <message>
        <source>The pitch is warm or cold (or empty).</source>
        <translation>El discurso de venta es “warm” o “cold” (o vacío).</translation>
    </message>
    <message>
        <source>The plan is option1 or option2 (or empty).</source>
        <translation>El plan es option1 u option2 (o vacío).</translation>
    </message>
    <message>
        <source>A message cannot be empty.</source>
        <translation>Un mensaje no puede estar vacío.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>limitless::models::CampaignsModel</name>
    <message>
        <source>Not set</source>
        <comment>campaign platform</comment>
        <translation>Sin indicar</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>—</source>
        <comment>conversion rate without clicks</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 conversions from %2 clicks</source>
        <translation>%1 conversiones de %2 clics</translation>
    </message>
    <message>
        <source>No clicks yet</source>
        <translation>Aún no hay clics</translation>
    </message>
    <message>
        <source>Created %1, last changed %2</source>
        <translation>Creada el %1, último cambio el %2</translation>
    </message>
    <message>
        <source>Conversations in which the lead was qualified</source>
        <translation>Conversaciones en las que el lead quedó cualificado</translation>
    </message>
    <message>
        <source>Conversions divided by clicks</source>
        <translation>Conversiones divididas entre clics</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Cualificadas</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversiones</translation>
    </message>
    <message>
        <source>Conv. rate</source>
        <translation>Tasa de conv.</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
</context>
<context>
    <name>limitless::models::CheckpointTreeModel</name>
    <message>
        <source>lead message</source>
        <translation>mensaje del cliente potencial</translation>
    </message>
    <message>
        <source>agent step</source>
        <translation>paso del agente</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>fork</source>
        <translation>bifurcación</translation>
    </message>
    <message>
        <source>(start)</source>
        <translation>(inicio)</translation>
    </message>
    <message>
        <source>%1 ◀ current</source>
        <translation>%1 ◀ actual</translation>
    </message>
    <message>
        <source>Checkpoint %1</source>
        <translation>Checkpoint %1</translation>
    </message>
    <message numerus="yes">
        <source>%n branch(es) continue from here</source>
        <translation>
            <numerusform>%n rama continúa desde aquí</numerusform>
            <numerusform>%n ramas continúan desde aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
</context>
<context>
    <name>limitless::models::ChunksModel</name>
    <message>
        <source>%1 (OCR)</source>
        <translation>%1 (OCR)</translation>
    </message>
    <message>
        <source>This page had no text layer; its text was recognised by OCR.</source>
        <translation>Esta página no tenía capa de texto; su texto se reconoció mediante OCR.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>limitless::models::ConversationEventsModel</name>
    <message>
        <source>Clicked the campaign</source>
        <translation>Hizo clic en la campaña</translation>
    </message>
    <message>
        <source>Conversation started</source>
        <translation>Conversación iniciada</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificado</translation>
    </message>
    <message>
        <source>Pitch delivered</source>
        <translation>Discurso de venta presentado</translation>
    </message>
    <message>
        <source>Raised an objection</source>
        <translation>Planteó una objeción</translation>
    </message>
    <message>
        <source>Payment link sent</source>
        <translation>Enlace de pago enviado</translation>
    </message>
    <message>
        <source>Payment completed</source>
        <translation>Pago completado</translation>
    </message>
    <message>
        <source>%1  ·  %2</source>
        <translation>%1  ·  %2</translation>
    </message>
</context>
<context>
    <name>limitless::models::ConversationPaymentsModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>%1/mo + %2</source>
        <translation>%1/mes + %2</translation>
    </message>
    <message>
        <source>%1/mo</source>
        <translation>%1/mes</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>limitless::models::ConversationsModel</name>
    <message>
        <source>Greeting</source>
        <translation>Saludo</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Discurso de venta</translation>
    </message>
    <message>
        <source>Objection handling</source>
        <translation>Manejo de objeciones</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Nurture</source>
        <translation>Nutrición</translation>
    </message>
    <message>
        <source>Option 1</source>
        <translation>Opción 1</translation>
    </message>
    <message>
        <source>Option 2</source>
        <translation>Opción 2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Tibio</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Last message %1, started %2</source>
        <translation>Último mensaje %1, iniciada %2</translation>
    </message>
    <message>
        <source>Instagram handle</source>
        <translation>Usuario de Instagram</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificado</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Business type</source>
        <translation>Tipo de negocio</translation>
    </message>
    <message>
        <source>Monthly revenue</source>
        <translation>Ingresos mensuales</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Problema principal</translation>
    </message>
    <message>
        <source>Link sent</source>
        <translation>Enlace enviado</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
</context>
<context>
    <name>limitless::models::DocumentsModel</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Uploading</source>
        <translation>Subiendo</translation>
    </message>
    <message>
        <source>Extracting text</source>
        <translation>Extrayendo texto</translation>
    </message>
    <message>
        <source>Chunking</source>
        <translation>Fragmentando</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>Generando embeddings</translation>
    </message>
    <message>
        <source>Storing</source>
        <translation>Almacenando</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Discurso de venta</translation>
    </message>
    <message>
        <source>Objection handling</source>
        <translation>Manejo de objeciones</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>Preguntas frecuentes</translation>
    </message>
    <message>
        <source>Product info</source>
        <translation>Información del producto</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Reemplazado</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Uploaded</source>
        <translation>Subido</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Procesado</translation>
    </message>
    <message>
        <source>%1 · v%2</source>
        <translation>%1 · v%2</translation>
    </message>
    <message>
        <source>%1 — click × to cancel</source>
        <translation>%1 — haga clic en × para cancelar</translation>
    </message>
</context>
<context>
    <name>limitless::models::FunnelModel</name>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Recuento</translation>
    </message>
    <message>
        <source>From previous</source>
        <translation>Desde la anterior</translation>
    </message>
    <message>
        <source>From top</source>
        <translation>Desde el inicio</translation>
    </message>
    <message>
        <source>Count (B)</source>
        <translation>Recuento (B)</translation>
    </message>
    <message>
        <source>From previous (B)</source>
        <translation>Desde la anterior (B)</translation>
    </message>
    <message>
        <source>From top (B)</source>
        <translation>Desde el inicio (B)</translation>
    </message>
</context>
<context>
    <name>limitless::models::PaymentsModel</name>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completado</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsado</translation>
    </message>
    <message>
        <source>Option 1</source>
        <translation>Opción 1</translation>
    </message>
    <message>
        <source>Option 2</source>
        <translation>Opción 2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>campaign code · name</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no one-time amount</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>No completado</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Cliente potencial</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>Único</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>limitless::models::PipelineModel</name>
    <message>
        <source>%1 conversations in this stage</source>
        <translation>%1 conversaciones en esta etapa</translation>
    </message>
</context>
<context>
    <name>limitless::models::PlaygroundThreadsModel</name>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>calificado</translation>
    </message>
    <message>
        <source>paid (simulated)</source>
        <translation>pagado (simulado)</translation>
    </message>
    <message>
        <source>link sent</source>
        <translation>enlace enviado</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>Sin campaña</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2 · %n message(s) · %3</source>
        <translation>
            <numerusform>%1
%2 · %n mensaje · %3</numerusform>
            <numerusform>%1
%2 · %n mensajes · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Test conversation %1 for campaign %2</source>
        <translation>Conversación de prueba %1 para la campaña %2</translation>
    </message>
</context>
<context>
    <name>limitless::models::RetrievedChunksModel</name>
    <message>
        <source>—</source>
        <comment>not in this ranking</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>#%1 · p. %2</source>
        <translation>#%1 · pág. %2</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>%1 (category %2)</source>
        <translation>%1 (categoría %2)</translation>
    </message>
    <message>
        <source>Reciprocal rank fusion of the ranking by meaning and by words</source>
        <translation>Fusión de rangos recíprocos de la clasificación por significado y por palabras</translation>
    </message>
    <message>
        <source>Rank %1 by meaning</source>
        <translation>Posición %1 por significado</translation>
    </message>
    <message>
        <source>Not among the closest chunks by meaning</source>
        <translation>No está entre los fragmentos más cercanos por significado</translation>
    </message>
    <message>
        <source>Rank %1 by the lead&apos;s words</source>
        <translation>Posición %1 por las palabras del cliente potencial</translation>
    </message>
    <message>
        <source>None of the lead&apos;s words matched</source>
        <translation>Ninguna palabra del cliente potencial coincidió</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Chunk</source>
        <translation>Fragmento</translation>
    </message>
    <message>
        <source>Fused</source>
        <translation>Fusión</translation>
    </message>
    <message>
        <source>Similarity</source>
        <translation>Similitud</translation>
    </message>
    <message>
        <source>Meaning rank</source>
        <translation>Posición por significado</translation>
    </message>
    <message>
        <source>Words rank</source>
        <translation>Posición por palabras</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
</context>
<context>
    <name>limitless::models::ScenariosModel</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>sin ejecutar</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>superado</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>integrado</translation>
    </message>
    <message>
        <source>v%1</source>
        <translation>v%1</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Expected: stage %1, qualified %2, payment link %3</source>
        <translation>Esperado: etapa %1, calificado %2, enlace de pago %3</translation>
    </message>
    <message>
        <source>The stage the run reached (before a run: the expected one)</source>
        <translation>La etapa que alcanzó la ejecución (antes de ejecutar: la esperada)</translation>
    </message>
    <message>
        <source>Whether the payment link was sent</source>
        <translation>Si se envió el enlace de pago</translation>
    </message>
    <message>
        <source>The prompt version the run used</source>
        <translation>La versión de los prompts que usó la ejecución</translation>
    </message>
    <message>
        <source>Lead turns the agent answered, of the scenario&apos;s</source>
        <translation>Turnos del cliente potencial que respondió el agente, de los del escenario</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificado</translation>
    </message>
    <message>
        <source>Link sent</source>
        <translation>Enlace enviado</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>ran</source>
        <translation>ejecutado</translation>
    </message>
    <message>
        <source>Built-in runtime: %1</source>
        <translation>Entorno de ejecución integrado: %1</translation>
    </message>
    <message>
        <source>LangGraph server: %1</source>
        <translation>Servidor de LangGraph: %1</translation>
    </message>
    <message>
        <source>The stage the run on the LangGraph server reached</source>
        <translation>La etapa que alcanzó la ejecución en el servidor de LangGraph</translation>
    </message>
    <message>
        <source>Whether both runtimes took the lead as far: the same stage, qualification and payment link</source>
        <translation>Si ambos entornos de ejecución llevaron al cliente potencial igual de lejos: la misma etapa, calificación y enlace de pago</translation>
    </message>
    <message>
        <source>Stage (built-in)</source>
        <translation>Etapa (integrado)</translation>
    </message>
    <message>
        <source>Qualified (built-in)</source>
        <translation>Calificado (integrado)</translation>
    </message>
    <message>
        <source>Link sent (built-in)</source>
        <translation>Enlace enviado (integrado)</translation>
    </message>
    <message>
        <source>Stage (server)</source>
        <translation>Etapa (servidor)</translation>
    </message>
    <message>
        <source>Qualified (server)</source>
        <translation>Calificado (servidor)</translation>
    </message>
    <message>
        <source>Link sent (server)</source>
        <translation>Enlace enviado (servidor)</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Server run</source>
        <translation>Ejecución en el servidor</translation>
    </message>
</context>
<context>
    <name>limitless::models::SearchHitsModel</name>
    <message>
        <source>—</source>
        <comment>not in this ranking</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>Rank %1 by meaning (cosine similarity %2)</source>
        <translation>Posición %1 por significado (similitud coseno %2)</translation>
    </message>
    <message>
        <source>Not among the closest chunks by meaning</source>
        <translation>No está entre los fragmentos más cercanos por significado</translation>
    </message>
    <message>
        <source>Rank %1 by the question&apos;s words (text score %2)</source>
        <translation>Posición %1 por las palabras de la pregunta (puntuación de texto %2)</translation>
    </message>
    <message>
        <source>None of the question&apos;s words matched</source>
        <translation>Ninguna palabra de la pregunta coincidió</translation>
    </message>
    <message>
        <source>Reciprocal rank fusion of both rankings</source>
        <translation>Fusión de rangos recíprocos de ambas clasificaciones</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Palabras</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
</context>
<context>
    <name>limitless::models::TestQuestionsModel</name>
    <message>
        <source>not run</source>
        <translation>sin ejecutar</translation>
    </message>
    <message>
        <source>miss</source>
        <translation>fallo</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>better (was %1)</source>
        <translation>mejor (antes %1)</translation>
    </message>
    <message>
        <source>worse (was %1)</source>
        <translation>peor (antes %1)</translation>
    </message>
    <message>
        <source>same</source>
        <translation>igual</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>First result: %1</source>
        <translation>Primer resultado: %1</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Expected answer in</source>
        <translation>Respuesta esperada en</translation>
    </message>
    <message>
        <source>Last rank</source>
        <translation>Última posición</translation>
    </message>
    <message>
        <source>Since the run before</source>
        <translation>Desde la ejecución anterior</translation>
    </message>
</context>
<context>
    <name>limitless::models::TranscriptModel</name>
    <message>
        <source>A message of an unsupported kind (%1) was skipped.</source>
        <translation>Se omitió un mensaje de un tipo no compatible (%1).</translation>
    </message>
    <message>
        <source>%1 a month</source>
        <translation>%1 al mes</translation>
    </message>
    <message>
        <source>%1 + %2 once</source>
        <translation>%1 + %2 una vez</translation>
    </message>
    <message>
        <source>Payment link for %1: %2</source>
        <translation>Enlace de pago para %1: %2</translation>
    </message>
    <message>
        <source>Payment link for %1: %2, to %3</source>
        <translation>Enlace de pago para %1: %2, a %3</translation>
    </message>
    <message>
        <source>Checkout link created: %1</source>
        <translation>Enlace de pago creado: %1</translation>
    </message>
</context>
<context>
    <name>limitless::ui</name>
    <message>
        <source>Choose a start and an end date.</source>
        <translation>Elige una fecha de inicio y una de fin.</translation>
    </message>
    <message>
        <source>The end date (%1) is before the start date (%2). Choose an end on or after the start.</source>
        <translation>La fecha de fin (%1) es anterior a la de inicio (%2). Elige un fin igual o posterior al inicio.</translation>
    </message>
    <message>
        <source>The start date (%1) is in the future; there is nothing to show yet.</source>
        <translation>La fecha de inicio (%1) está en el futuro; aún no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>The end date (%1) is in the future. Choose today (%2) or an earlier day.</source>
        <translation>La fecha de fin (%1) está en el futuro. Elige hoy (%2) o un día anterior.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::AboutDialog</name>
    <message>
        <source>user interface, networking, charts</source>
        <translation>interfaz de usuario, red, gráficos</translation>
    </message>
    <message>
        <source>PostgreSQL client</source>
        <translation>cliente de PostgreSQL</translation>
    </message>
    <message>
        <source>passwords in the system keychain</source>
        <translation>contraseñas en el llavero del sistema</translation>
    </message>
    <message>
        <source>transcripts written by LangGraph (Python)</source>
        <translation>transcripciones escritas por LangGraph (Python)</translation>
    </message>
    <message>
        <source>reading PDF documents</source>
        <translation>lectura de documentos PDF</translation>
    </message>
    <message>
        <source>text of scanned pages</source>
        <translation>texto de páginas escaneadas</translation>
    </message>
    <message>
        <source>reading Word documents</source>
        <translation>lectura de documentos de Word</translation>
    </message>
    <message>
        <source>QR codes for campaign links</source>
        <translation>códigos QR para los enlaces de campaña</translation>
    </message>
    <message>
        <source>signing cloud storage requests</source>
        <translation>firma de solicitudes al almacenamiento en la nube</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>compresión</translation>
    </message>
    <message>
        <source>About Limitless OS</source>
        <translation>Acerca de Limitless OS</translation>
    </message>
    <message>
        <source>Limitless OS logo</source>
        <translation>Logotipo de Limitless OS</translation>
    </message>
    <message>
        <source>Limitless OS — Owner Dashboard</source>
        <translation>Limitless OS — Panel del propietario</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt:</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (compilado con %2)</translation>
    </message>
    <message>
        <source>libpq:</source>
        <translation>libpq:</translation>
    </message>
    <message>
        <source>PostgreSQL server:</source>
        <translation>Servidor PostgreSQL:</translation>
    </message>
    <message>
        <source>pgvector:</source>
        <translation>pgvector:</translation>
    </message>
    <message>
        <source>Dependencies and their licences</source>
        <translation>Dependencias y sus licencias</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Biblioteca</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Copy versions</source>
        <translation>Copiar versiones</translation>
    </message>
    <message>
        <source>Libraries and licences:</source>
        <translation>Bibliotecas y licencias:</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>not installed in this database</source>
        <translation>no instalado en esta base de datos</translation>
    </message>
    <message>
        <source>Copyright © 2026 Limitless OS. Licensed to Limitless OS customers for use in their own business.</source>
        <translation>Copyright © 2026 Limitless OS. Se concede licencia a los clientes de Limitless OS para su uso en su propio negocio.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::AgentBackendDialog</name>
    <message numerus="yes">
        <source>Connected: LangGraph API server %1 (%2), %n assistant(s).</source>
        <translation>
            <numerusform>Conectado: servidor de la API de LangGraph %1 (%2), %n asistente.</numerusform>
            <numerusform>Conectado: servidor de la API de LangGraph %1 (%2), %n asistentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Agent backend</source>
        <translation>Backend del agente</translation>
    </message>
    <message>
        <source>Built-in runtime (this dashboard)</source>
        <translation>Entorno de ejecución integrado (este panel)</translation>
    </message>
    <message>
        <source>LangGraph server (your deployed agent)</source>
        <translation>Servidor de LangGraph (su agente desplegado)</translation>
    </message>
    <message>
        <source>Sent as x-api-key; kept in the keychain. Empty: keep the stored key.</source>
        <translation>Se envía como x-api-key; se guarda en el llavero. Vacío: se conserva la clave guardada.</translation>
    </message>
    <message>
        <source>The assistant or graph id; Test connection lists the server&apos;s assistants.</source>
        <translation>El id del asistente o del grafo; Probar conexión lista los asistentes del servidor.</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>&amp;Backend</source>
        <translation>&amp;Backend</translation>
    </message>
    <message>
        <source>Server &amp;URL</source>
        <translation>&amp;URL del servidor</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>Clave de &amp;API</translation>
    </message>
    <message>
        <source>&amp;Assistant</source>
        <translation>&amp;Asistente</translation>
    </message>
    <message>
        <source>Where the playground&apos;s agent runs for this profile: the dashboard&apos;s built-in runtime, or the agent your leads talk to, served by a LangGraph API server (LangGraph Platform, a self-hosted server, or `langgraph dev` on this machine).</source>
        <translation>Dónde se ejecuta el agente de la zona de pruebas para este perfil: en el entorno de ejecución integrado del panel o en el agente con el que hablan sus clientes potenciales, servido por un servidor de la API de LangGraph (LangGraph Platform, un servidor autoalojado o `langgraph dev` en este equipo).</translation>
    </message>
    <message>
        <source>The server URL must be http:// or https:// with a host.</source>
        <translation>La URL del servidor debe ser http:// o https:// con un host.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>%1 (graph %2)</source>
        <translation>%1 (grafo %2)</translation>
    </message>
    <message>
        <source>%1 (%2, graph %3)</source>
        <translation>%1 (%2, grafo %3)</translation>
    </message>
    <message>
        <source>The API key could not be stored in the keychain: %1</source>
        <translation>No se pudo guardar la clave de API en el llavero: %1</translation>
    </message>
</context>
<context>
    <name>limitless::ui::AgentGraphView</name>
    <message>
        <source>The agent&apos;s graph</source>
        <translation>El grafo del agente</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>warm</source>
        <translation>cálido</translation>
    </message>
    <message>
        <source>cold</source>
        <translation>frío</translation>
    </message>
    <message>
        <source>searches your documents</source>
        <translation>busca en sus documentos</translation>
    </message>
    <message>
        <source>no tools</source>
        <translation>sin herramientas</translation>
    </message>
    <message numerus="yes">
        <source>%n tool(s)</source>
        <translation>
            <numerusform>%n herramienta</numerusform>
            <numerusform>%n herramientas</numerusform>
        </translation>
    </message>
    <message>
        <source>Tools: %1</source>
        <translation>Herramientas: %1</translation>
    </message>
    <message>
        <source>Searches: %1</source>
        <translation>Busca en: %1</translation>
    </message>
    <message>
        <source>right after the node ran</source>
        <translation>justo después de ejecutarse el nodo</translation>
    </message>
    <message>
        <source>when the checkout completes</source>
        <translation>cuando se completa el pago</translation>
    </message>
    <message>
        <source>when the lead&apos;s next message arrives</source>
        <translation>cuando llega el siguiente mensaje del cliente potencial</translation>
    </message>
    <message>
        <source>%1 → %2: %3 (%4)</source>
        <translation>%1 → %2: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>limitless::ui::AgentSettingsDialog</name>
    <message>
        <source>Stream the reply as it is written</source>
        <translation>Transmitir la respuesta a medida que se escribe</translation>
    </message>
    <message>
        <source>Agent settings</source>
        <translation>Configuración del agente</translation>
    </message>
    <message>
        <source>The playground&apos;s “OpenAI-compatible model” policy sends the agent&apos;s prompts to this server. The API key is kept in the keychain.</source>
        <translation>La política “Modelo compatible con OpenAI” de la zona de pruebas envía los prompts del agente a este servidor. La clave de API se guarda en el llavero.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>&amp;URL base</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatura</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>Clave de &amp;API</translation>
    </message>
    <message>
        <source>Kept in the keychain; type to replace it</source>
        <translation>Guardada en el llavero; escriba para reemplazarla</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain: %1</source>
        <translation>No se pudo guardar la clave en el llavero: %1</translation>
    </message>
</context>
<context>
    <name>limitless::ui::CampaignEditorDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>Edit campaign</source>
        <translation>Editar campaña</translation>
    </message>
    <message>
        <source>e.g. Instagram Reels — January</source>
        <translation>p. ej. Instagram Reels — enero</translation>
    </message>
    <message>
        <source>Where the ad runs, what it promises (optional)</source>
        <translation>Dónde se publica el anuncio, qué promete (opcional)</translation>
    </message>
    <message>
        <source>Not set</source>
        <comment>campaign platform</comment>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Generated when left empty</source>
        <translation>Se genera si se deja vacío</translation>
    </message>
    <message>
        <source>%1 characters: letters and digits without 0, O, 1, I and L.</source>
        <translation>%1 caracteres: letras y dígitos sin 0, O, 1, I ni L.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation>&amp;Plataforma</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Código</translation>
    </message>
    <message>
        <source>The code cannot change: ads and links already carry it.</source>
        <translation>El código no se puede cambiar: los anuncios y los enlaces ya lo llevan.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>limitless::ui::CampaignUndoCommand</name>
    <message>
        <source>Create campaign %1</source>
        <translation>Crear la campaña %1</translation>
    </message>
    <message>
        <source>Edit campaign %1</source>
        <translation>Editar la campaña %1</translation>
    </message>
    <message>
        <source>Resume campaign %1</source>
        <translation>Reanudar la campaña %1</translation>
    </message>
    <message>
        <source>Pause campaign %1</source>
        <translation>Pausar la campaña %1</translation>
    </message>
</context>
<context>
    <name>limitless::ui::CampaignsPage</name>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Refresh campaigns</source>
        <translation>Actualizar campañas</translation>
    </message>
    <message>
        <source>Filter by code or name</source>
        <translation>Filtrar por código o nombre</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Todas las plataformas</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activas</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Campaigns could not be loaded</source>
        <translation>No se pudieron cargar las campañas</translation>
    </message>
    <message>
        <source>The reason is shown above. The page loads again as soon as the database answers.</source>
        <translation>El motivo se muestra arriba. La página se vuelve a cargar en cuanto responda la base de datos.</translation>
    </message>
    <message>
        <source>Loading campaigns…</source>
        <translation>Cargando campañas…</translation>
    </message>
    <message>
        <source>Waiting for the database.</source>
        <translation>Esperando a la base de datos.</translation>
    </message>
    <message>
        <source>No matching campaigns</source>
        <translation>Ninguna campaña coincide</translation>
    </message>
    <message>
        <source>No campaign matches the current filters.</source>
        <translation>Ninguna campaña coincide con los filtros actuales.</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Aún no hay campañas</translation>
    </message>
    <message>
        <source>Campaigns could not be refreshed: %1</source>
        <translation>No se pudieron actualizar las campañas: %1</translation>
    </message>
    <message>
        <source>Campaigns could not be loaded: %1</source>
        <translation>No se pudieron cargar las campañas: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostradas</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Abrir en el navegador</translation>
    </message>
    <message>
        <source>QR code…</source>
        <translation>Código QR…</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Campaign changed.</source>
        <translation>Campaña modificada.</translation>
    </message>
    <message>
        <source>Campaign %1 created. Its link: %2</source>
        <translation>Campaña %1 creada. Su enlace: %2</translation>
    </message>
    <message>
        <source>Campaign %1 saved.</source>
        <translation>Campaña %1 guardada.</translation>
    </message>
    <message>
        <source>Campaign %1 is active again.</source>
        <translation>La campaña %1 vuelve a estar activa.</translation>
    </message>
    <message>
        <source>Campaign %1 is paused: its link no longer starts conversations.</source>
        <translation>La campaña %1 está en pausa: su enlace ya no inicia conversaciones.</translation>
    </message>
    <message>
        <source>Delete campaign</source>
        <translation>Eliminar campaña</translation>
    </message>
    <message>
        <source>Delete campaign %1 (“%2”)? Its link stops working. This cannot be undone.</source>
        <translation>¿Eliminar la campaña %1 (“%2”)? Su enlace dejará de funcionar. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Campaign %1 deleted.</source>
        <translation>Campaña %1 eliminada.</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>Copiado: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
    <message>
        <source>%1 The undo history was cleared: it no longer matches what is stored.</source>
        <translation>%1 Se vació el historial de deshacer: ya no coincide con lo guardado.</translation>
    </message>
    <message>
        <source>Filter campaigns</source>
        <translation>Filtrar campañas</translation>
    </message>
    <message>
        <source>Create your first campaign with “New campaign” above and put its link in an ad. Its code ties the leads that arrive through the ad to their conversations, qualifications and sales.</source>
        <translation>Cree su primera campaña con “Nueva campaña” arriba y ponga su enlace en un anuncio. Su código vincula a los clientes potenciales que llegan a través del anuncio con sus conversaciones, calificaciones y ventas.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ChatBubbleDelegate</name>
    <message>
        <source>Stage: %1</source>
        <translation>Etapa: %1</translation>
    </message>
    <message>
        <source>Stage: %1 · %2</source>
        <translation>Etapa: %1 · %2</translation>
    </message>
    <message>
        <source>Tool result</source>
        <translation>Resultado de la herramienta</translation>
    </message>
    <message>
        <source>Result of %1</source>
        <translation>Resultado de %1</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Escribiendo…</translation>
    </message>
    <message>
        <source>Sent, waiting for the reply</source>
        <translation>Enviado, esperando la respuesta</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ChunkViewer</name>
    <message>
        <source>Document whose chunks are shown</source>
        <translation>Documento cuyos fragmentos se muestran</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Documento</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Extracted text</source>
        <translation>Texto extraído</translation>
    </message>
    <message>
        <source>The chunks could not be read: %1</source>
        <translation>No se pudieron leer los fragmentos: %1</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (versión %2)</translation>
    </message>
    <message>
        <source>Choose a document</source>
        <translation>Elija un documento</translation>
    </message>
    <message>
        <source>Choose a document to see how it was cut into chunks: each chunk&apos;s place in the extracted text is highlighted when you select it.</source>
        <translation>Elija un documento para ver cómo se dividió en fragmentos: al seleccionar un fragmento se resalta su posición en el texto extraído.</translation>
    </message>
    <message>
        <source>Reading the chunks…</source>
        <translation>Leyendo los fragmentos…</translation>
    </message>
    <message>
        <source>%1 has no chunks: processing failed (%2).</source>
        <translation>%1 no tiene fragmentos: el procesamiento falló (%2).</translation>
    </message>
    <message>
        <source>%1 has no chunks.</source>
        <translation>%1 no tiene fragmentos.</translation>
    </message>
    <message>
        <source>%1 has no chunks yet: it is still being processed.</source>
        <translation>%1 aún no tiene fragmentos: todavía se está procesando.</translation>
    </message>
    <message>
        <source>Chunks: %1 · tokens: %2</source>
        <translation>Fragmentos: %1 · tokens: %2</translation>
    </message>
    <message>
        <source> · recognised by OCR: %1</source>
        <translation> · páginas reconocidas por OCR: %1</translation>
    </message>
    <message>
        <source> · the extracted text is not stored in this database</source>
        <translation> · el texto extraído no está almacenado en esta base de datos</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ConnectionBootstrap</name>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Iniciando el entorno local…</translation>
    </message>
    <message>
        <source>LIMITLESS_CLAIMS must be a JSON object, e.g. {&quot;sub&quot;: &quot;&lt;user id&gt;&quot;, &quot;role&quot;: &quot;authenticated&quot;}.</source>
        <translation>LIMITLESS_CLAIMS debe ser un objeto JSON, p. ej. {&quot;sub&quot;: &quot;&lt;user id&gt;&quot;, &quot;role&quot;: &quot;authenticated&quot;}.</translation>
    </message>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>No se pudo iniciar el entorno local: %1</translation>
    </message>
    <message>
        <source>The local sandbox is not running.</source>
        <translation>El entorno local no está en marcha.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ConnectionIndicator</name>
    <message>
        <source>Not connected</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Reconnecting (attempt %1)…</source>
        <translation>Reconectando (intento %1)…</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>The connection to the database failed.</source>
        <translation>Falló la conexión con la base de datos.</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>pgvector</source>
        <translation>pgvector</translation>
    </message>
    <message>
        <source>in-process vectors</source>
        <translation>vectores en la aplicación</translation>
    </message>
    <message>
        <source>live updates on</source>
        <translation>actualización en vivo activada</translation>
    </message>
    <message>
        <source>live updates off (refreshing periodically)</source>
        <translation>actualización en vivo desactivada (se actualiza periódicamente)</translation>
    </message>
    <message>
        <source> · </source>
        <comment>status bar separator</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Server: PostgreSQL %1
Database: %2
User: %3
Vector search: %4
Live updates: %5</source>
        <translation>Servidor: PostgreSQL %1
Base de datos: %2
Usuario: %3
Búsqueda vectorial: %4
Actualización en vivo: %5</translation>
    </message>
    <message>
        <source>pgvector (HNSW index in the database)</source>
        <translation>pgvector (índice HNSW en la base de datos)</translation>
    </message>
    <message>
        <source>computed in the app (pgvector is not installed)</source>
        <translation>calculada en la aplicación (pgvector no está instalado)</translation>
    </message>
    <message>
        <source>on (notifications)</source>
        <translation>activada (notificaciones)</translation>
    </message>
    <message>
        <source>off: this connection cannot listen for notifications</source>
        <translation>desactivada: esta conexión no puede recibir notificaciones</translation>
    </message>
    <message>
        <source>Checking the connection…</source>
        <translation>Comprobando la conexión…</translation>
    </message>
    <message>
        <source>live updates off (no notifications in this database; refreshing periodically)</source>
        <translation>actualización en vivo desactivada (sin notificaciones en esta base de datos; se actualiza periódicamente)</translation>
    </message>
    <message>
        <source>dashboard additions %1</source>
        <translation>adiciones del panel: %1</translation>
    </message>
    <message>
        <source>off: this database sends no change notifications</source>
        <translation>desactivada: esta base de datos no envía notificaciones de cambios</translation>
    </message>
    <message>
        <source>
Dashboard additions: %1</source>
        <translation>
Adiciones del panel: %1</translation>
    </message>
    <message>
        <source>
Run `%1` as the database&apos;s owner to install them; every page works without them, more slowly.</source>
        <translation>
Ejecute `%1` como propietario de la base de datos para instalarlas; todas las páginas funcionan sin ellas, más despacio.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ConversationDetailsPane</name>
    <message>
        <source>No payments.</source>
        <translation>No hay pagos.</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Cliente potencial</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificado</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Negocio</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Problema principal</translation>
    </message>
    <message>
        <source>Pitch</source>
        <translation>Discurso de venta</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>No conversation selected</source>
        <translation>Ninguna conversación seleccionada</translation>
    </message>
    <message>
        <source>Select a conversation to read its transcript.</source>
        <translation>Seleccione una conversación para leer su transcripción.</translation>
    </message>
    <message>
        <source>%1 messages · last %2</source>
        <translation>%1 mensajes · último %2</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1 (puntuación %2)</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source> · paid</source>
        <translation> · pagado</translation>
    </message>
    <message>
        <source> · link sent</source>
        <translation> · enlace enviado</translation>
    </message>
    <message>
        <source>The conversation could not be loaded: %1</source>
        <translation>No se pudo cargar la conversación: %1</translation>
    </message>
    <message>
        <source>Loading the transcript…</source>
        <translation>Cargando la transcripción…</translation>
    </message>
    <message>
        <source>No transcript stored for this conversation.</source>
        <translation>No hay ninguna transcripción almacenada para esta conversación.</translation>
    </message>
    <message>
        <source>The stored transcript has no messages yet.</source>
        <translation>La transcripción almacenada aún no tiene mensajes.</translation>
    </message>
    <message>
        <source>This transcript could not be read completely: %1</source>
        <translation>Esta transcripción no se pudo leer por completo: %1</translation>
    </message>
    <message>
        <source>Events of this conversation</source>
        <translation>Eventos de esta conversación</translation>
    </message>
    <message>
        <source>Payments of this conversation</source>
        <translation>Pagos de esta conversación</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ConversationsPage</name>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Show the conversations as a table</source>
        <translation>Mostrar las conversaciones como una tabla</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Show the conversations as columns per stage</source>
        <translation>Mostrar las conversaciones en columnas por etapa</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the filtered list, one row per conversation</source>
        <translation>Exportar la lista filtrada, una fila por conversación</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Refresh conversations</source>
        <translation>Actualizar conversaciones</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todas</translation>
    </message>
    <message>
        <source>Conversations could not be loaded: %1</source>
        <translation>No se pudieron cargar las conversaciones: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Search handle or e-mail</source>
        <translation>Buscar usuario o correo electrónico</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Any stage</source>
        <translation>Cualquier etapa</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificadas</translation>
    </message>
    <message>
        <source>Qualified or not</source>
        <translation>Calificadas o no</translation>
    </message>
    <message>
        <source>Not qualified</source>
        <translation>No calificadas</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagadas</translation>
    </message>
    <message>
        <source>Paid or not</source>
        <translation>Pagadas o no</translation>
    </message>
    <message>
        <source>Not paid</source>
        <translation>No pagadas</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Iniciadas</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>En cualquier momento</translation>
    </message>
    <message>
        <source>Started today</source>
        <translation>Iniciadas hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <source>Started from</source>
        <translation>Iniciadas desde</translation>
    </message>
    <message>
        <source>Started until</source>
        <translation>Iniciadas hasta</translation>
    </message>
    <message>
        <source>Sort</source>
        <translation>Ordenar</translation>
    </message>
    <message>
        <source>Newest message first</source>
        <translation>Mensaje más reciente primero</translation>
    </message>
    <message>
        <source>Newest conversation first</source>
        <translation>Conversación más reciente primero</translation>
    </message>
    <message>
        <source> between %1 and %2</source>
        <translation> entre %1 y %2</translation>
    </message>
    <message>
        <source>with a “%1” event%2</source>
        <translation>con un evento “%1”%2</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen conversation(s)</source>
        <translation>
            <numerusform>%n conversación elegida</numerusform>
            <numerusform>%n conversaciones elegidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s)</source>
        <translation>
            <numerusform>%n campaña</numerusform>
            <numerusform>%n campañas</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>Showing conversations %1.</source>
        <translation>Se muestran las conversaciones %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Exporting… %1 rows written</source>
        <translation>Exportando… %1 filas escritas</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No conversations match</source>
        <translation>Ninguna conversación coincide</translation>
    </message>
    <message>
        <source>%1 conversations</source>
        <translation>%1 conversaciones</translation>
    </message>
    <message>
        <source>conversations-%1.csv</source>
        <translation>conversations-%1.csv</translation>
    </message>
    <message>
        <source>Export conversations</source>
        <translation>Exportar conversaciones</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 conversations to %2.</source>
        <translation>Se exportaron %1 conversaciones a %2.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación falló: %1</translation>
    </message>
    <message>
        <source>Replay in playground…</source>
        <translation>Repetir en la zona de pruebas…</translation>
    </message>
    <message>
        <source>Copy the selected conversation into a test conversation and let the agent as it is now answer the lead again</source>
        <translation>Copiar la conversación seleccionada en una conversación de prueba y dejar que el agente, tal como está ahora, vuelva a responder al cliente potencial</translation>
    </message>
    <message>
        <source>Search conversations</source>
        <translation>Buscar conversaciones</translation>
    </message>
    <message>
        <source>No conversations yet: they start when a lead writes through a campaign&apos;s link. Try the agent yourself in the Agent playground.</source>
        <translation>Aún no hay conversaciones: empiezan cuando un cliente potencial escribe a través del enlace de una campaña. Pruebe usted mismo el agente en Pruebas del agente.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::DocumentDetailsPane</name>
    <message>
        <source>Select a document to see its details, its chunks and what processing said about it.</source>
        <translation>Seleccione un documento para ver sus detalles, sus fragmentos y lo que indicó el procesamiento sobre él.</translation>
    </message>
    <message>
        <source>Processing progress</source>
        <translation>Progreso del procesamiento</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. pricing, 2025</source>
        <translation>Separadas por comas, p. ej. precios, 2025</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the category and tags (Ctrl+Z undoes it)</source>
        <translation>Guardar la categoría y las etiquetas (Ctrl+Z lo deshace)</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>&amp;Tags</source>
        <translation>&amp;Etiquetas</translation>
    </message>
    <message>
        <source>Show chunks</source>
        <translation>Mostrar fragmentos</translation>
    </message>
    <message>
        <source>Cancel processing</source>
        <translation>Cancelar procesamiento</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Version %1 of this document.</source>
        <translation>Versión %1 de este documento.</translation>
    </message>
    <message>
        <source>Version %1: the same chunks as the version before.</source>
        <translation>Versión %1: los mismos fragmentos que la versión anterior.</translation>
    </message>
    <message>
        <source>Version %1 against the version before — chunks added: %2, removed: %3.</source>
        <translation>Versión %1 frente a la versión anterior — fragmentos añadidos: %2, eliminados: %3.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>uploaded %1</source>
        <translation>subido %1</translation>
    </message>
    <message>
        <source>Replaced by a newer version: the agent no longer answers from this one.</source>
        <translation>Reemplazado por una versión más reciente: el agente ya no responde a partir de este.</translation>
    </message>
    <message>
        <source>Waiting to be processed.</source>
        <translation>En espera de procesarse.</translation>
    </message>
    <message>
        <source>%1 — %2% done.</source>
        <translation>%1 — %2% completado.</translation>
    </message>
    <message>
        <source>Processing failed.</source>
        <translation>El procesamiento falló.</translation>
    </message>
    <message>
        <source>Ready: the agent answers from this document (chunks: %1).</source>
        <translation>Listo: el agente responde a partir de este documento (fragmentos: %1).</translation>
    </message>
    <message>
        <source>Pages recognised by OCR: %1</source>
        <translation>Páginas reconocidas por OCR: %1</translation>
    </message>
    <message>
        <source>Notes from processing</source>
        <translation>Notas del procesamiento</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Processed</source>
        <translation>Procesado</translation>
    </message>
    <message>
        <source>Embedding model</source>
        <translation>Modelo de embeddings</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Hash del contenido</translation>
    </message>
</context>
<context>
    <name>limitless::ui::DocumentsPage</name>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Test retrieval</source>
        <translation>Probar recuperación</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>There is nothing to process again.</source>
        <translation>No hay nada que volver a procesar.</translation>
    </message>
    <message>
        <source>%1 changed in the watched folder: queued as a new version.</source>
        <translation>%1 cambió en la carpeta vigilada: en cola como nueva versión.</translation>
    </message>
    <message>
        <source>%1 appeared in the watched folder: queued.</source>
        <translation>%1 apareció en la carpeta vigilada: en cola.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Processing is paused; resume it</source>
        <translation>El procesamiento está en pausa; reanúdelo</translation>
    </message>
    <message>
        <source>Pause uploading and processing</source>
        <translation>Pausar la subida y el procesamiento</translation>
    </message>
    <message>
        <source>The document was deleted, but its stored file could not be removed: %1</source>
        <translation>El documento se eliminó, pero no se pudo quitar su archivo almacenado: %1</translation>
    </message>
    <message>
        <source>Documents could not be loaded: %1</source>
        <translation>No se pudieron cargar los documentos: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Deshacer: %1</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rehacer: %1</translation>
    </message>
    <message>
        <source>Nothing to redo</source>
        <translation>Nada que rehacer</translation>
    </message>
    <message>
        <source>Re-processing progress</source>
        <translation>Progreso del nuevo procesamiento</translation>
    </message>
    <message>
        <source>Re-process all</source>
        <translation>Volver a procesar todo</translation>
    </message>
    <message>
        <source>Process every document again, e.g. after changing the chunk size or the embedding model</source>
        <translation>Volver a procesar todos los documentos, p. ej. después de cambiar el tamaño de fragmento o el modelo de embeddings</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Processing, storage, embedder, chunks and the watched folder</source>
        <translation>Procesamiento, almacenamiento, generador de embeddings, fragmentos y carpeta vigilada</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Refresh documents</source>
        <translation>Actualizar documentos</translation>
    </message>
    <message>
        <source>Category for new documents</source>
        <translation>Categoría para documentos nuevos</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sin categoría</translation>
    </message>
    <message>
        <source>Tags for new documents</source>
        <translation>Etiquetas para documentos nuevos</translation>
    </message>
    <message>
        <source>Tags for new documents, comma-separated</source>
        <translation>Etiquetas para documentos nuevos, separadas por comas</translation>
    </message>
    <message>
        <source>New documents go &amp;into</source>
        <translation>Los documentos nuevos van &amp;a</translation>
    </message>
    <message>
        <source>Upload messages</source>
        <translation>Mensajes de subida</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Filter by name or tag</source>
        <translation>Filtrar por nombre o etiqueta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Being processed</source>
        <translation>En procesamiento</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Show replaced versions</source>
        <translation>Mostrar versiones reemplazadas</translation>
    </message>
    <message>
        <source>%1 is being processed again.</source>
        <translation>%1 se está volviendo a procesar.</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>Add documents</source>
        <translation>Añadir documentos</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.docx *.txt *.md *.markdown);;All files (*)</source>
        <translation>Documentos (*.pdf *.docx *.txt *.md *.markdown);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Add a folder of documents</source>
        <translation>Añadir una carpeta de documentos</translation>
    </message>
    <message>
        <source>%1 has the same content as %2 (version %3, uploaded %4). What should happen?</source>
        <translation>%1 tiene el mismo contenido que %2 (versión %3, subido %4). ¿Qué desea hacer?</translation>
    </message>
    <message>
        <source>Replace (new version)</source>
        <translation>Reemplazar (nueva versión)</translation>
    </message>
    <message>
        <source>Upload it as version %1 of %2; the old version is retired once the new one is processed</source>
        <translation>Subirlo como versión %1 de %2; la versión anterior se retira cuando se haya procesado la nueva</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar ambos</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Type it to read the document; without it the document stays failed.</source>
        <translation>%1 está protegido con contraseña. Escríbala para leer el documento; sin ella, el documento seguirá con error.</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Cancelling %1…</source>
        <translation>Cancelando %1…</translation>
    </message>
    <message>
        <source>Delete document</source>
        <translation>Eliminar documento</translation>
    </message>
    <message>
        <source>Delete %1? Its chunks go with it, the agent no longer answers from it, and the stored file is removed. This cannot be undone.</source>
        <translation>¿Eliminar %1? Sus fragmentos se eliminan con él, el agente deja de responder a partir de él y se quita el archivo almacenado. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>No se pudo eliminar %1: %2</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>Se eliminó %1.</translation>
    </message>
    <message>
        <source>The category and tags of %1 could not be saved: %2</source>
        <translation>No se pudieron guardar la categoría y las etiquetas de %1: %2</translation>
    </message>
    <message>
        <source>%1 The undo history was cleared: it no longer matches what is stored.</source>
        <translation>%1 Se borró el historial de deshacer: ya no coincide con lo almacenado.</translation>
    </message>
    <message>
        <source>Category and tags of %1 changed.</source>
        <translation>Se cambiaron la categoría y las etiquetas de %1.</translation>
    </message>
    <message>
        <source>Category and tags of %1 saved.</source>
        <translation>Se guardaron la categoría y las etiquetas de %1.</translation>
    </message>
    <message>
        <source>Re-process all documents</source>
        <translation>Volver a procesar todos los documentos</translation>
    </message>
    <message>
        <source>Process every document again with the current chunk settings and embedding model? While a document waits its turn, the agent does not answer from it.</source>
        <translation>¿Volver a procesar todos los documentos con la configuración de fragmentos y el modelo de embeddings actuales? Mientras un documento espera su turno, el agente no responde a partir de él.</translation>
    </message>
    <message>
        <source>Every document is queued to be processed again.</source>
        <translation>Todos los documentos están en cola para volver a procesarse.</translation>
    </message>
    <message>
        <source>Re-processing: %1 of %2</source>
        <translation>Volviendo a procesar: %1 de %2</translation>
    </message>
    <message>
        <source>The chunk settings or the embedding model changed: documents processed before keep their old chunks until they are processed again.</source>
        <translation>La configuración de fragmentos o el modelo de embeddings ha cambiado: los documentos procesados antes conservan sus fragmentos anteriores hasta que se vuelvan a procesar.</translation>
    </message>
    <message>
        <source>Knowledge settings saved.</source>
        <translation>Se guardó la configuración de la base de conocimiento.</translation>
    </message>
    <message>
        <source>Uploads need the knowledge-base additions in this database: run `%1`. The documents already there are listed below.</source>
        <translation>Para subir documentos, esta base de datos necesita las adiciones de la base de conocimiento: ejecute `%1`. Los documentos que ya existen se muestran a continuación.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostrados</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <source>%1 being processed</source>
        <translation>%1 en procesamiento</translation>
    </message>
    <message>
        <source>processed by the cloud worker</source>
        <translation>gestionados por el proceso de trabajo en la nube</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>Documents could not be loaded</source>
        <translation>No se pudieron cargar los documentos</translation>
    </message>
    <message>
        <source>Loading documents…</source>
        <translation>Cargando documentos…</translation>
    </message>
    <message>
        <source>The reason is shown above.</source>
        <translation>El motivo se muestra arriba.</translation>
    </message>
    <message>
        <source>Waiting for the database.</source>
        <translation>Esperando a la base de datos.</translation>
    </message>
    <message>
        <source>No matching documents</source>
        <translation>No hay documentos coincidentes</translation>
    </message>
    <message>
        <source>No document matches the current filters.</source>
        <translation>Ningún documento coincide con los filtros actuales.</translation>
    </message>
    <message>
        <source>The agent knows nothing yet</source>
        <translation>El agente aún no sabe nada</translation>
    </message>
    <message>
        <source>Drop your sales pitch, price list, FAQ and objection notes above (PDF, Word, text or Markdown). The agent answers leads from them; this list shows each document as it is read, chunked and embedded.</source>
        <translation>Suelte arriba su discurso de venta, lista de precios, preguntas frecuentes y notas sobre objeciones (PDF, Word, texto o Markdown). El agente responde a los clientes potenciales a partir de ellos; esta lista muestra cada documento a medida que se lee, se fragmenta y se generan sus embeddings.</translation>
    </message>
    <message>
        <source>Re-processing finished: documents processed again: %1.</source>
        <translation>Reprocesamiento terminado: documentos procesados de nuevo: %1.</translation>
    </message>
    <message>
        <source>Delete the selected documents</source>
        <translation>Eliminar los documentos seleccionados</translation>
    </message>
</context>
<context>
    <name>limitless::ui::DropZone</name>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Añadir carpeta…</translation>
    </message>
    <message>
        <source>Drop zone for documents</source>
        <translation>Zona para soltar documentos</translation>
    </message>
    <message>
        <source>Drop files or folders here to add them to the agent&apos;s knowledge.</source>
        <translation>Suelte aquí archivos o carpetas para añadirlos al conocimiento del agente.</translation>
    </message>
    <message>
        <source>Drop files or folders here to add them to the agent&apos;s knowledge</source>
        <translation>Suelte aquí archivos o carpetas para añadirlos al conocimiento del agente</translation>
    </message>
    <message>
        <source>Upload progress</source>
        <translation>Progreso de la subida</translation>
    </message>
    <message>
        <source>PDF, Word (.docx), text and Markdown files up to %1 MB. Folders are searched for them; anything else is refused with the reason.</source>
        <translation>Archivos PDF, Word (.docx), de texto y Markdown de hasta %1 MB. En las carpetas se buscan estos archivos; todo lo demás se rechaza indicando el motivo.</translation>
    </message>
    <message>
        <source>Uploading %1 of %2: %3</source>
        <translation>Subiendo %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>limitless::ui::FunnelCharts</name>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Eventos por día</translation>
    </message>
    <message>
        <source>Objections per day</source>
        <translation>Objeciones por día</translation>
    </message>
    <message>
        <source>Most frequent objections</source>
        <translation>Objeciones más frecuentes</translation>
    </message>
    <message>
        <source>Revenue per campaign</source>
        <translation>Ingresos por campaña</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2
%3 of the stage before, %4 of clicks
Click to open these conversations</source>
        <translation>%1: %2
%3 de la etapa anterior, %4 de los clics
Haga clic para abrir estas conversaciones</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Objeciones</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n objection(s)
Click to open these conversations</source>
        <translation>
            <numerusform>%1: %n objeción
Haga clic para abrir estas conversaciones</numerusform>
            <numerusform>%1: %n objeciones
Haga clic para abrir estas conversaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Events per day: A solid, B dashed</source>
        <translation>Eventos por día: A línea continua, B discontinua</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Click to open these conversations</source>
        <translation>Haga clic para abrir estas conversaciones</translation>
    </message>
    <message>
        <source>Objections per day (B&apos;s dates in grey)</source>
        <translation>Objeciones por día (fechas de B en gris)</translation>
    </message>
    <message>
        <source>Events per day of period: A solid, B dashed</source>
        <translation>Eventos por día del periodo: A continua, B discontinua</translation>
    </message>
    <message>
        <source>A solid, B dashed, aligned by day of period; B&apos;s dates are in grey under A&apos;s.</source>
        <translation>A continua, B discontinua, alineadas por día del periodo; las fechas de B aparecen en gris bajo las de A.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::FunnelPage</name>
    <message>
        <source>Include playground</source>
        <translation>Incluir pruebas propias</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Double-click a stage to open its conversations</source>
        <translation>Haga doble clic en una etapa para abrir sus conversaciones</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Campaign:</source>
        <translation>Campaña:</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Comparar:</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Another campaign</source>
        <translation>Otra campaña</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Periodo anterior</translation>
    </message>
    <message>
        <source>Conversations of campaigns on the &apos;playground&apos; platform are the owner&apos;s own tests; they are left out unless this is on.</source>
        <translation>Las conversaciones de las campañas de la plataforma &apos;playground&apos; son pruebas del propio propietario; se excluyen salvo que esto esté activado.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>A: %1   ·   B: %2</source>
        <translation>A: %1   ·   B: %2</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>clics</translation>
    </message>
    <message>
        <source>conversations</source>
        <translation>conversaciones</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>calificados</translation>
    </message>
    <message>
        <source>conversions</source>
        <translation>conversiones</translation>
    </message>
    <message>
        <source>%1 %2: stored %3, events %4</source>
        <translation>%1 %2: almacenado %3, eventos %4</translation>
    </message>
    <message>
        <source>Stored campaign counters differ from the events: %1</source>
        <translation>Los contadores de campaña almacenados difieren de los eventos: %1</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En vivo</translation>
    </message>
    <message>
        <source>New events appear as they are recorded.</source>
        <translation>Los eventos nuevos aparecen a medida que se registran.</translation>
    </message>
    <message>
        <source>◌ Polling every 5 s</source>
        <translation>◌ Consultando cada 5 s</translation>
    </message>
    <message>
        <source>This connection cannot receive change notifications (for example through a transaction pooler); the page re-reads the figures every 5 seconds.</source>
        <translation>Esta conexión no puede recibir notificaciones de cambios (por ejemplo, a través de un pooler de transacciones); la página vuelve a leer las cifras cada 5 segundos.</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Eventos por día</translation>
    </message>
    <message>
        <source>Objections per day</source>
        <translation>Objeciones por día</translation>
    </message>
    <message>
        <source>Most frequent objections</source>
        <translation>Objeciones más frecuentes</translation>
    </message>
    <message>
        <source>Revenue per campaign</source>
        <translation>Ingresos por campaña</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Imagen SVG (*.svg)</translation>
    </message>
    <message>
        <source>CSV data (*.csv)</source>
        <translation>Datos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>counted from the events (local midnight off the quarter-hour)</source>
        <translation>contado a partir de los eventos (la medianoche local no cae en un cuarto de hora exacto)</translation>
    </message>
    <message>
        <source>%1%2 (%3) is larger than %4 (%5): some events have no matching record before them.</source>
        <translation>%1%2 (%3) es mayor que %4 (%5): a algunos eventos les falta el registro correspondiente anterior.</translation>
    </message>
    <message>
        <source>A: </source>
        <translation>A: </translation>
    </message>
    <message>
        <source>B: </source>
        <translation>B: </translation>
    </message>
    <message>
        <source>counted from the events</source>
        <translation>contado a partir de los eventos</translation>
    </message>
    <message>
        <source>This database lacks the dashboard&apos;s funnel roll-ups, so every figure is counted from the events and payments, which is slower with years of data. Run `limitless migrate` as the database&apos;s owner to install them.</source>
        <translation>A esta base de datos le faltan los resúmenes del embudo del panel, así que cada cifra se cuenta a partir de los eventos y los pagos, lo que es más lento con años de datos. Ejecute `limitless migrate` como propietario de la base de datos para instalarlos.</translation>
    </message>
    <message>
        <source>Funnel stages</source>
        <translation>Etapas del embudo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Campaign to compare with</source>
        <translation>Campaña con la que comparar</translation>
    </message>
    <message>
        <source>Nothing to count in this period yet. The funnel fills as leads click a campaign&apos;s link and talk to the agent: create a campaign on the Campaigns page and share its link, or choose a longer period.</source>
        <translation>Aún no hay nada que contar en este periodo. El embudo se llena a medida que los clientes potenciales hacen clic en el enlace de una campaña y hablan con el agente: cree una campaña en la página Campañas y comparta su enlace, o elija un periodo más largo.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Limitless OS</source>
        <translation>A&amp;cerca de Limitless OS</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>limitless::ui::KnowledgeSettingsDialog</name>
    <message>
        <source>Knowledge base settings</source>
        <translation>Configuración de la base de conocimiento</translation>
    </message>
    <message>
        <source>Processing</source>
        <translation>Procesamiento</translation>
    </message>
    <message>
        <source>In this app: documents are read, chunked and embedded here</source>
        <translation>En esta aplicación: aquí se leen los documentos, se fragmentan y se generan sus embeddings</translation>
    </message>
    <message>
        <source>By a cloud worker: this app only uploads; the worker processes the queue</source>
        <translation>Mediante un proceso de trabajo en la nube: esta aplicación solo sube los documentos; el proceso de trabajo procesa la cola</translation>
    </message>
    <message>
        <source>Stored originals</source>
        <translation>Originales almacenados</translation>
    </message>
    <message>
        <source>Where the originals are kept</source>
        <translation>Dónde se guardan los originales</translation>
    </message>
    <message>
        <source>A folder on this computer</source>
        <translation>Una carpeta en este equipo</translation>
    </message>
    <message>
        <source>Google Cloud Storage</source>
        <translation>Google Cloud Storage</translation>
    </message>
    <message>
        <source>Storage folder</source>
        <translation>Carpeta de almacenamiento</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Carpeta</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Service-account key file</source>
        <translation>Archivo de clave de la cuenta de servicio</translation>
    </message>
    <message>
        <source>Kept in the keychain; choose a file to replace it</source>
        <translation>Guardado en el llavero; elija un archivo para reemplazarlo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Bucket</source>
        <translation>&amp;Bucket</translation>
    </message>
    <message>
        <source>Service-account &amp;key</source>
        <translation>Cla&amp;ve de la cuenta de servicio</translation>
    </message>
    <message>
        <source>&amp;Keep them in</source>
        <translation>&amp;Guardarlos en</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <translation>Embeddings</translation>
    </message>
    <message>
        <source>Embedder</source>
        <translation>Generador de embeddings</translation>
    </message>
    <message>
        <source>Offline (no network, no key)</source>
        <translation>Sin conexión (sin red, sin clave)</translation>
    </message>
    <message>
        <source>OpenAI-compatible API</source>
        <translation>API compatible con OpenAI</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Kept in the keychain; type to replace it</source>
        <translation>Guardada en el llavero; escriba para reemplazarla</translation>
    </message>
    <message>
        <source>Base &amp;URL</source>
        <translation>&amp;URL base</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>API &amp;key</source>
        <translation>Clave de &amp;API</translation>
    </message>
    <message>
        <source>&amp;Embedder</source>
        <translation>Generador de &amp;embeddings</translation>
    </message>
    <message>
        <source>Chunks and retrieval</source>
        <translation>Fragmentos y recuperación</translation>
    </message>
    <message>
        <source>Chunk size in tokens</source>
        <translation>Tamaño de fragmento en tokens</translation>
    </message>
    <message>
        <source> tokens</source>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Chunk overlap in tokens</source>
        <translation>Solapamiento de fragmentos en tokens</translation>
    </message>
    <message>
        <source>Upload limit</source>
        <translation>Límite de subida</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Weight of the ranking by meaning</source>
        <translation>Peso de la clasificación por significado</translation>
    </message>
    <message>
        <source>Weight of the ranking by words</source>
        <translation>Peso de la clasificación por palabras</translation>
    </message>
    <message>
        <source>Reciprocal rank fusion constant</source>
        <translation>Constante de fusión de rangos recíprocos</translation>
    </message>
    <message>
        <source>Watched folder</source>
        <translation>Carpeta vigilada</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Chunk &amp;size</source>
        <translation>&amp;Tamaño de fragmento</translation>
    </message>
    <message>
        <source>Chunk &amp;overlap</source>
        <translation>&amp;Solapamiento de fragmentos</translation>
    </message>
    <message>
        <source>&amp;Upload limit</source>
        <translation>&amp;Límite de subida</translation>
    </message>
    <message>
        <source>Weight: &amp;meaning</source>
        <translation>Peso: sig&amp;nificado</translation>
    </message>
    <message>
        <source>Weight: &amp;words</source>
        <translation>Peso: &amp;palabras</translation>
    </message>
    <message>
        <source>Fusion &amp;constant (RRF k)</source>
        <translation>Constante de &amp;fusión (RRF k)</translation>
    </message>
    <message>
        <source>&amp;Watched folder</source>
        <translation>Carpeta vig&amp;ilada</translation>
    </message>
    <message>
        <source>Folder for the stored documents</source>
        <translation>Carpeta para los documentos almacenados</translation>
    </message>
    <message>
        <source>Folder to watch</source>
        <translation>Carpeta que se vigilará</translation>
    </message>
    <message>
        <source>Service-account key</source>
        <translation>Clave de la cuenta de servicio</translation>
    </message>
    <message>
        <source>JSON key files (*.json);;All files (*)</source>
        <translation>Archivos de clave JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Cannot read the key file: %1</source>
        <translation>No se puede leer el archivo de clave: %1</translation>
    </message>
    <message>
        <source>The key could not be stored in the keychain: %1</source>
        <translation>No se pudo guardar la clave en el llavero: %1</translation>
    </message>
</context>
<context>
    <name>limitless::ui::LiveLoadBench</name>
    <message>
        <source>Cannot create a temporary directory: %1</source>
        <translation>No se puede crear un directorio temporal: %1</translation>
    </message>
    <message>
        <source>The page failed: %1</source>
        <translation>La página falló: %1</translation>
    </message>
    <message>
        <source>The Funnel page did not load within %1 s.</source>
        <translation>La página Embudo no se cargó en %1 s.</translation>
    </message>
    <message>
        <source>Cannot start %1: %2</source>
        <translation>No se puede iniciar %1: %2</translation>
    </message>
    <message>
        <source>The simulator failed: %1</source>
        <translation>El simulador falló: %1</translation>
    </message>
    <message>
        <source>Cannot read the simulator&apos;s log: %1</source>
        <translation>No se puede leer el registro del simulador: %1</translation>
    </message>
    <message>
        <source>The recount failed: %1</source>
        <translation>El recuento falló: %1</translation>
    </message>
</context>
<context>
    <name>limitless::ui::MainWindow</name>
    <message>
        <source>Limitless OS — Owner Dashboard</source>
        <translation>Limitless OS — Panel del propietario</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Agent playground</source>
        <translation>Pruebas del agente</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Limitless OS</source>
        <translation>Limitless OS</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Ir a %1</translation>
    </message>
</context>
<context>
    <name>limitless::ui::MaintenancePage</name>
    <message>
        <source>Conversations (inactive over a year)</source>
        <translation>Conversaciones (inactivas desde hace más de un año)</translation>
    </message>
    <message>
        <source>Analytics events (older than two years, or of those conversations)</source>
        <translation>Eventos de analítica (de más de dos años o de esas conversaciones)</translation>
    </message>
    <message>
        <source>Checkpoints (finished over 90 days ago)</source>
        <translation>Checkpoints (conversaciones terminadas hace más de 90 días)</translation>
    </message>
    <message>
        <source>Checkpoint blobs</source>
        <translation>Blobs de checkpoints</translation>
    </message>
    <message>
        <source>Checkpoint writes</source>
        <translation>Escrituras de checkpoints</translation>
    </message>
    <message>
        <source>Archiving</source>
        <translation>Archivando</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>Eliminando</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <source>Rows to archive and delete</source>
        <translation>Filas que archivar y eliminar</translation>
    </message>
    <message>
        <source>Count again</source>
        <translation>Volver a contar</translation>
    </message>
    <message>
        <source>Archive and delete…</source>
        <translation>Archivar y eliminar…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Mantenimiento</translation>
    </message>
    <message>
        <source>Data retention</source>
        <translation>Retención de datos</translation>
    </message>
    <message>
        <source>Checkpoints of conversations finished (complete or nurture) more than 90 days ago, analytics events older than two years and conversations without a message for over a year are first written to a compressed archive that you keep, then deleted in batches. A conversation with a payment is kept; payments are never touched.</source>
        <translation>Los checkpoints de las conversaciones terminadas (completadas o en nutrición) hace más de 90 días, los eventos de analítica de más de dos años y las conversaciones sin mensajes desde hace más de un año se escriben primero en un archivo comprimido que usted conserva y luego se eliminan por lotes. Una conversación con un pago se conserva; los pagos nunca se tocan.</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Deteniendo tras el lote actual…</translation>
    </message>
    <message>
        <source>Archives are kept in %1</source>
        <translation>Los archivos se guardan en %1</translation>
    </message>
    <message>
        <source>Not connected to a database.</source>
        <translation>Sin conexión a una base de datos.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Payments (never deleted)</source>
        <translation>Pagos (nunca se eliminan)</translation>
    </message>
    <message numerus="yes">
        <source>Kept because of a payment: %n inactive conversation(s).</source>
        <translation>
            <numerusform>Conservada por tener un pago: %n conversación inactiva.</numerusform>
            <numerusform>Conservadas por tener un pago: %n conversaciones inactivas.</numerusform>
        </translation>
    </message>
    <message>
        <source>An earlier run was interrupted: “Archive and delete” resumes it.</source>
        <translation>Se interrumpió una ejecución anterior: “Archivar y eliminar” la reanuda.</translation>
    </message>
    <message>
        <source>Nothing is due for archiving as of %1.</source>
        <translation>No hay nada pendiente de archivar a fecha de %1.</translation>
    </message>
    <message>
        <source>Counted as of %1.</source>
        <translation>Recuento a fecha de %1.</translation>
    </message>
    <message>
        <source>Resume the interrupted run? Its archive is complete; the rest of its rows will be deleted.</source>
        <translation>¿Reanudar la ejecución interrumpida? Su archivo está completo; se eliminará el resto de sus filas.</translation>
    </message>
    <message numerus="yes">
        <source>Archive and then delete %n row(s)? They can be restored from the archive. Payments are kept.</source>
        <translation>
            <numerusform>¿Archivar y luego eliminar %n fila? Se puede restaurar desde el archivo. Los pagos se conservan.</numerusform>
            <numerusform>¿Archivar y luego eliminar %n filas? Se pueden restaurar desde el archivo. Los pagos se conservan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive and delete</source>
        <translation>Archivar y eliminar</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Put the rows of %1 back? Rows that exist already are left as they are.</source>
        <translation>¿Restaurar las filas de %1? Las filas que ya existen se dejan como están.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restaurando…</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>The restore failed: %1</source>
        <translation>La restauración falló: %1</translation>
    </message>
    <message>
        <source>The run stopped: %1 It resumes on the next “Archive and delete”.</source>
        <translation>La ejecución se detuvo: %1 Se reanudará con el siguiente “Archivar y eliminar”.</translation>
    </message>
    <message>
        <source>Restore cancelled; it can be run again.</source>
        <translation>Restauración cancelada; se puede volver a ejecutar.</translation>
    </message>
    <message>
        <source>Cancelled. “Archive and delete” resumes where it stopped.</source>
        <translation>Cancelado. “Archivar y eliminar” reanuda donde se detuvo.</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n row(s).</source>
        <translation>
            <numerusform>Se restauró %n fila.</numerusform>
            <numerusform>Se restauraron %n filas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Archived and deleted %n row(s).</source>
        <translation>
            <numerusform>Se archivó y eliminó %n fila.</numerusform>
            <numerusform>Se archivaron y eliminaron %n filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpido</translation>
    </message>
    <message>
        <source>Rows past their retention period, per table</source>
        <translation>Filas con el periodo de conservación vencido, por tabla</translation>
    </message>
    <message>
        <source>Retention archives</source>
        <translation>Archivos de conservación</translation>
    </message>
</context>
<context>
    <name>limitless::ui::PasswordField</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Mostrar u ocultar la contraseña</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>Mostrar contraseña</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide password</source>
        <translation>Ocultar contraseña</translation>
    </message>
</context>
<context>
    <name>limitless::ui::PaymentsPage</name>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Refresh now</source>
        <translation>Actualizar ahora</translation>
    </message>
    <message>
        <source>Refresh payments</source>
        <translation>Actualizar pagos</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Desde siempre</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Double-click a payment to open its conversation</source>
        <translation>Haga doble clic en un pago para abrir su conversación</translation>
    </message>
    <message>
        <source>Payments could not be loaded: %1</source>
        <translation>No se pudieron cargar los pagos: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Monthly recurring revenue</source>
        <translation>Ingresos recurrentes mensuales</translation>
    </message>
    <message>
        <source>Monthly amounts of completed payments whose plan bills monthly</source>
        <translation>Importes mensuales de los pagos completados cuyo plan se factura mensualmente</translation>
    </message>
    <message>
        <source>One-time revenue</source>
        <translation>Ingresos únicos</translation>
    </message>
    <message>
        <source>One-time amounts (setup fees) of completed payments</source>
        <translation>Importes únicos (cuotas de alta) de los pagos completados</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Reembolsos</translation>
    </message>
    <message>
        <source>Everything charged at checkout for payments that were refunded</source>
        <translation>Todo lo cobrado en la página de pago por los pagos que se reembolsaron</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>From %1 completed and %2 refunded payments in the chosen campaign and period.</source>
        <translation>A partir de %1 pagos completados y %2 reembolsados en la campaña y el periodo elegidos.</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 mostrados</translation>
    </message>
    <message>
        <source>%1 in total</source>
        <translation>%1 en total</translation>
    </message>
    <message>
        <source>Payments could not be loaded</source>
        <translation>No se pudieron cargar los pagos</translation>
    </message>
    <message>
        <source>Loading payments…</source>
        <translation>Cargando pagos…</translation>
    </message>
    <message>
        <source>The reason is shown above.</source>
        <translation>El motivo se muestra arriba.</translation>
    </message>
    <message>
        <source>Waiting for the database.</source>
        <translation>Esperando a la base de datos.</translation>
    </message>
    <message>
        <source>No matching payments</source>
        <translation>No hay pagos coincidentes</translation>
    </message>
    <message>
        <source>No payment matches the current filters.</source>
        <translation>Ningún pago coincide con los filtros actuales.</translation>
    </message>
    <message>
        <source>No payments yet</source>
        <translation>Aún no hay pagos</translation>
    </message>
    <message numerus="yes">
        <source>%1 Listed: %n %2 payment(s), charged at checkout %3.</source>
        <translation>
            <numerusform>%1 En la lista: %n pago %2, cobrado al pagar %3.</numerusform>
            <numerusform>%1 En la lista: %n pagos %2, cobrados al pagar %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Payments appear here as soon as a lead opens a checkout link the agent sent. Share a campaign&apos;s link so that leads reach the agent, or try a sale yourself in the Agent playground.</source>
        <translation>Los pagos aparecen aquí en cuanto un cliente potencial abre un enlace de pago que envió el agente. Comparta el enlace de una campaña para que los clientes potenciales lleguen al agente, o pruebe usted mismo una venta en Pruebas del agente.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::PlaceholderPage</name>
    <message>
        <source>Not built yet</source>
        <translation>Aún no está lista</translation>
    </message>
</context>
<context>
    <name>limitless::ui::PlaygroundPage</name>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Graph</source>
        <translation>Grafo</translation>
    </message>
    <message>
        <source>Chunks</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>The test conversations could not be listed: %1</source>
        <translation>No se pudieron listar las conversaciones de prueba: %1</translation>
    </message>
    <message>
        <source>The test conversation could not be started: %1</source>
        <translation>No se pudo iniciar la conversación de prueba: %1</translation>
    </message>
    <message>
        <source>The history could not be read: %1</source>
        <translation>No se pudo leer el historial: %1</translation>
    </message>
    <message>
        <source>No checkpoints yet: each message the lead sends adds a few.</source>
        <translation>Aún no hay checkpoints: cada mensaje que envía el cliente potencial añade algunos.</translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s), one branch. Pick one and continue from it, or edit it and fork a new branch.</source>
        <translation>
            <numerusform>%n checkpoint, una rama. Elija uno y continúe desde él, o edítelo y bifurque una rama nueva.</numerusform>
            <numerusform>%n checkpoints, una rama. Elija uno y continúe desde él, o edítelo y bifurque una rama nueva.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checkpoint(s), %1 branches. The branch the chat shows is dark; the others stay reachable here.</source>
        <translation>
            <numerusform>%n checkpoint, %1 ramas. La rama que muestra el chat aparece oscura; las demás siguen accesibles aquí.</numerusform>
            <numerusform>%n checkpoints, %1 ramas. La rama que muestra el chat aparece oscura; las demás siguen accesibles aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>The conversation&apos;s state could not be read: %1</source>
        <translation>No se pudo leer el estado de la conversación: %1</translation>
    </message>
    <message>
        <source>The fork could not be stored: %1</source>
        <translation>No se pudo almacenar la bifurcación: %1</translation>
    </message>
    <message>
        <source>A new branch starts from your edit; the old branch is kept in the history. Write the lead&apos;s next message to continue it.</source>
        <translation>Una rama nueva comienza a partir de su edición; la rama anterior se conserva en el historial. Escriba el siguiente mensaje del cliente potencial para continuarla.</translation>
    </message>
    <message>
        <source>The test conversation could not be deleted: %1</source>
        <translation>No se pudo eliminar la conversación de prueba: %1</translation>
    </message>
    <message>
        <source>Agent playground</source>
        <translation>Zona de pruebas del agente</translation>
    </message>
    <message>
        <source>Test conversations with your sales agent on your own documents</source>
        <translation>Conversaciones de prueba con su agente de ventas sobre sus propios documentos</translation>
    </message>
    <message>
        <source>Agent policy</source>
        <translation>Política del agente</translation>
    </message>
    <message>
        <source>Which policy chooses the agent&apos;s replies</source>
        <translation>Qué política elige las respuestas del agente</translation>
    </message>
    <message>
        <source>&amp;Policy</source>
        <translation>&amp;Política</translation>
    </message>
    <message>
        <source>Campaign to test</source>
        <translation>Campaña que se probará</translation>
    </message>
    <message>
        <source>The campaign the lead arrives from</source>
        <translation>La campaña de la que llega el cliente potencial</translation>
    </message>
    <message>
        <source>New test conversation</source>
        <translation>Nueva conversación de prueba</translation>
    </message>
    <message>
        <source>Test conversations</source>
        <translation>Conversaciones de prueba</translation>
    </message>
    <message>
        <source>No test conversations yet. Choose the campaign the lead comes from and press “New test conversation”.</source>
        <translation>Aún no hay conversaciones de prueba. Elija la campaña de la que viene el cliente potencial y pulse “Nueva conversación de prueba”.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Start this test conversation again from the beginning</source>
        <translation>Volver a empezar esta conversación de prueba desde el principio</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete this test conversation with all its branches</source>
        <translation>Eliminar esta conversación de prueba con todas sus ramas</translation>
    </message>
    <message>
        <source>Test conversation</source>
        <translation>Conversación de prueba</translation>
    </message>
    <message>
        <source>Back to the latest</source>
        <translation>Volver a lo más reciente</translation>
    </message>
    <message>
        <source>The lead&apos;s message</source>
        <translation>Mensaje del cliente potencial</translation>
    </message>
    <message>
        <source>Write as the lead would, e.g. “Hi! I run a gym and saw your ad.” Enter sends, Shift+Enter starts a new line.</source>
        <translation>Escriba como lo haría el cliente potencial, p. ej. “¡Hola! Tengo un gimnasio y vi su anuncio.” Intro envía; Mayús+Intro empieza una línea nueva.</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the agent&apos;s reply; nothing of this turn is stored</source>
        <translation>Detener la respuesta del agente; no se almacena nada de este turno</translation>
    </message>
    <message>
        <source>Simulate payment</source>
        <translation>Simular pago</translation>
    </message>
    <message>
        <source>Completes the test checkout as if the lead had paid. Simulated: no money moves and no real payment is recorded.</source>
        <translation>Completa la sesión de pago de prueba como si el cliente potencial hubiera pagado. Simulado: no se mueve dinero ni se registra ningún pago real.</translation>
    </message>
    <message>
        <source>Simulated: marks the test link paid, no money moves.</source>
        <translation>Simulado: marca el enlace de prueba como pagado; no se mueve dinero.</translation>
    </message>
    <message>
        <source>Fork and continue</source>
        <translation>Bifurcar y continuar</translation>
    </message>
    <message>
        <source>Store the edited state as a new branch; the old branch stays</source>
        <translation>Almacenar el estado editado como una rama nueva; la rama anterior se conserva</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Filled: the stage the conversation is in. Blue: the nodes and edges of the last turn. Hover a node or a condition for details.</source>
        <translation>Relleno: la etapa en la que está la conversación. Azul: los nodos y aristas del último turno. Pase el cursor sobre un nodo o una condición para ver los detalles.</translation>
    </message>
    <message>
        <source>Retrieved chunks</source>
        <translation>Fragmentos recuperados</translation>
    </message>
    <message>
        <source>The chunk&apos;s text</source>
        <translation>Texto del fragmento</translation>
    </message>
    <message>
        <source>Select a chunk to read it whole.</source>
        <translation>Seleccione un fragmento para leerlo completo.</translation>
    </message>
    <message>
        <source>Checkpoint history</source>
        <translation>Historial de checkpoints</translation>
    </message>
    <message>
        <source>Continue from here</source>
        <translation>Continuar desde aquí</translation>
    </message>
    <message>
        <source>Show the conversation at this checkpoint; the lead&apos;s next message starts a new branch from it</source>
        <translation>Mostrar la conversación en este checkpoint; el siguiente mensaje del cliente potencial inicia una rama nueva a partir de él</translation>
    </message>
    <message>
        <source>Edit and fork…</source>
        <translation>Editar y bifurcar…</translation>
    </message>
    <message>
        <source>Change a message or a field of this checkpoint&apos;s state in the inspector and continue from the edit as a new branch</source>
        <translation>Cambiar un mensaje o un campo del estado de este checkpoint en el inspector y continuar desde la edición como una rama nueva</translation>
    </message>
    <message>
        <source>No campaign (direct message)</source>
        <translation>Sin campaña (mensaje directo)</translation>
    </message>
    <message>
        <source>Connecting the agent playground…</source>
        <translation>Conectando la zona de pruebas del agente…</translation>
    </message>
    <message>
        <source>Test conversations with your sales agent on your own documents · policy: %1</source>
        <translation>Conversaciones de prueba con su agente de ventas sobre sus propios documentos · política: %1</translation>
    </message>
    <message>
        <source>The test payment is already completed.</source>
        <translation>El pago de prueba ya está completado.</translation>
    </message>
    <message>
        <source>The agent has not sent a payment link in this conversation yet.</source>
        <translation>El agente aún no ha enviado ningún enlace de pago en esta conversación.</translation>
    </message>
    <message>
        <source>The playground is not available yet; the message above says why.</source>
        <translation>La zona de pruebas aún no está disponible; el mensaje de arriba indica por qué.</translation>
    </message>
    <message>
        <source>Pick a test conversation on the left, or start a new one.</source>
        <translation>Elija una conversación de prueba a la izquierda o inicie una nueva.</translation>
    </message>
    <message>
        <source>Start a test conversation: choose the campaign the lead comes from and press “New test conversation”. Then write as the lead would.</source>
        <translation>Inicie una conversación de prueba: elija la campaña de la que viene el cliente potencial y pulse “Nueva conversación de prueba”. Después escriba como lo haría el cliente potencial.</translation>
    </message>
    <message>
        <source>Write the lead&apos;s first message below, e.g. “Hi! I saw your ad.” The agent answers with your prompts and documents.</source>
        <translation>Escriba abajo el primer mensaje del cliente potencial, p. ej. “¡Hola! Vi su anuncio.” El agente responde con sus prompts y documentos.</translation>
    </message>
    <message>
        <source>No test conversation open</source>
        <translation>Ninguna conversación de prueba abierta</translation>
    </message>
    <message>
        <source>The agent&apos;s state appears here once a conversation is open.</source>
        <translation>El estado del agente aparece aquí en cuanto se abre una conversación.</translation>
    </message>
    <message>
        <source>The chunks the agent retrieved in a turn appear here.</source>
        <translation>Aquí aparecen los fragmentos que el agente recuperó en un turno.</translation>
    </message>
    <message>
        <source>The checkpoints of the open conversation appear here.</source>
        <translation>Aquí aparecen los checkpoints de la conversación abierta.</translation>
    </message>
    <message>
        <source>Test conversation · %1</source>
        <translation>Conversación de prueba · %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%n chunk(s) the agent retrieved in the turn that led here, best first.</source>
        <translation>
            <numerusform>%n fragmento que el agente recuperó en el turno que llevó hasta aquí, los mejores primero.</numerusform>
            <numerusform>%n fragmentos que el agente recuperó en el turno que llevó hasta aquí, los mejores primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>No documents were searched in the turn that led here. The pitch and objection handling search your documents.</source>
        <translation>En el turno que llevó hasta aquí no se buscó en ningún documento. El discurso de venta y el manejo de objeciones buscan en sus documentos.</translation>
    </message>
    <message>
        <source>No state yet: the conversation starts with the lead&apos;s first message.</source>
        <translation>Aún no hay estado: la conversación empieza con el primer mensaje del cliente potencial.</translation>
    </message>
    <message>
        <source>The state at step %1. To change it, pick the checkpoint in History and choose “Edit and fork”.</source>
        <translation>El estado en el paso %1. Para cambiarlo, elija el checkpoint en Historial y seleccione “Editar y bifurcar”.</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>calificado</translation>
    </message>
    <message>
        <source>not qualified</source>
        <translation>no calificado</translation>
    </message>
    <message>
        <source>paid (simulated)</source>
        <translation>pagado (simulado)</translation>
    </message>
    <message>
        <source>test link sent</source>
        <translation>enlace de prueba enviado</translation>
    </message>
    <message>
        <source>no link sent</source>
        <translation>ningún enlace enviado</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>You are at an earlier checkpoint (step %1). The next message starts a new branch from here; the others stay in History.</source>
        <translation>Está en un checkpoint anterior (paso %1). El siguiente mensaje inicia una rama nueva desde aquí; las demás permanecen en Historial.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Test payment link&lt;/b&gt; (a test link: no money moves): %1&lt;br&gt;Press “Simulate payment” to play the lead paying it.</source>
        <translation>&lt;b&gt;Enlace de pago de prueba&lt;/b&gt; (un enlace de prueba: no se mueve dinero): %1&lt;br&gt;Pulse “Simular pago” para simular que el cliente potencial lo paga.</translation>
    </message>
    <message>
        <source>Stopped. Nothing of this turn was stored.</source>
        <translation>Detenido. No se almacenó nada de este turno.</translation>
    </message>
    <message>
        <source>The agent could not answer: %1
Nothing of this turn was stored.</source>
        <translation>El agente no pudo responder: %1
No se almacenó nada de este turno.</translation>
    </message>
    <message>
        <source>Editing the state at step %1: double-click a value (a field or a message) to change it, then “Fork and continue”. The original branch is kept.</source>
        <translation>Editando el estado en el paso %1: haga doble clic en un valor (un campo o un mensaje) para cambiarlo y, después, en “Bifurcar y continuar”. La rama original se conserva.</translation>
    </message>
    <message>
        <source>Reset the test conversation</source>
        <translation>Restablecer la conversación de prueba</translation>
    </message>
    <message>
        <source>Start this test conversation again? Its messages and all its branches are deleted and a new conversation for the same campaign begins.</source>
        <translation>¿Volver a empezar esta conversación de prueba? Se eliminan sus mensajes y todas sus ramas y comienza una conversación nueva para la misma campaña.</translation>
    </message>
    <message>
        <source>Delete the test conversation</source>
        <translation>Eliminar la conversación de prueba</translation>
    </message>
    <message>
        <source>Delete this test conversation with all its branches? This cannot be undone.</source>
        <translation>¿Eliminar esta conversación de prueba con todas sus ramas? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Agent backend…</source>
        <translation>Backend del agente…</translation>
    </message>
    <message>
        <source>Test the built-in runtime or the agent a LangGraph server runs</source>
        <translation>Probar el entorno de ejecución integrado o el agente que ejecuta un servidor de LangGraph</translation>
    </message>
    <message>
        <source>Delete the selected test conversation</source>
        <translation>Eliminar la conversación de prueba seleccionada</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>The agent stopped at an interrupt and waits for you: let it go on</source>
        <translation>El agente se detuvo en una interrupción y está a la espera: déjelo continuar</translation>
    </message>
    <message>
        <source>Test conversations with the agent on %1</source>
        <translation>Conversaciones de prueba con el agente en %1</translation>
    </message>
    <message>
        <source>The agent stopped before %1 and waits for you: Resume lets it go on.</source>
        <translation>El agente se detuvo antes de %1 y está a la espera: Reanudar le permite continuar.</translation>
    </message>
    <message>
        <source>Stopped. The run was cancelled on the server.</source>
        <translation>Detenido. La ejecución se canceló en el servidor.</translation>
    </message>
    <message>
        <source>The agent on the server could not answer: %1</source>
        <translation>El agente del servidor no pudo responder: %1</translation>
    </message>
</context>
<context>
    <name>limitless::ui::PlaygroundPanels</name>
    <message>
        <source>Replay</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Scenarios</source>
        <translation>Escenarios</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Agent settings…</source>
        <translation>Configuración del agente…</translation>
    </message>
    <message>
        <source>The OpenAI-compatible model&apos;s server, model, temperature and API key</source>
        <translation>El servidor, el modelo, la temperatura y la clave de API del modelo compatible con OpenAI</translation>
    </message>
    <message>
        <source>The conversation could not be read for a replay: %1</source>
        <translation>No se pudo leer la conversación para una repetición: %1</translation>
    </message>
    <message>
        <source>The replay did not finish: %1</source>
        <translation>La repetición no terminó: %1</translation>
    </message>
    <message>
        <source>Answers with the model set in Agent settings</source>
        <translation>Responde con el modelo definido en Configuración del agente</translation>
    </message>
    <message>
        <source>a server URL</source>
        <translation>una URL del servidor</translation>
    </message>
    <message>
        <source>a model</source>
        <translation>un modelo</translation>
    </message>
    <message>
        <source>an API key</source>
        <translation>una clave de API</translation>
    </message>
    <message>
        <source>%1 (see Agent settings)</source>
        <translation>%1 (véase Configuración del agente)</translation>
    </message>
    <message>
        <source>%1 (set %2 in Agent settings)</source>
        <translation>%1 (defina %2 en Configuración del agente)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>No LangGraph server is set for this profile: choose one with “Agent backend…”.</source>
        <translation>No hay ningún servidor de LangGraph configurado para este perfil: elija uno con “Backend del agente…”.</translation>
    </message>
    <message>
        <source>Connecting to the LangGraph server at %1…</source>
        <translation>Conectando con el servidor de LangGraph en %1…</translation>
    </message>
    <message>
        <source>The LangGraph server at %1 cannot be used: %2</source>
        <translation>No se puede usar el servidor de LangGraph en %1: %2</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ProfileEditorDialog</name>
    <message>
        <source>Edit profile</source>
        <translation>Editar perfil</translation>
    </message>
    <message>
        <source>The local sandbox is a private PostgreSQL database on this computer, started by the app. Its address and accounts are managed for you; sign in with its owner account.</source>
        <translation>El sandbox local es una base de datos PostgreSQL privada en este equipo, que inicia la aplicación. Su dirección y sus cuentas se gestionan automáticamente; inicie sesión con su cuenta de propietario.</translation>
    </message>
    <message>
        <source>Supabase project</source>
        <translation>Proyecto de Supabase</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Supabase &amp;URL:</source>
        <translation>&amp;URL de Supabase:</translation>
    </message>
    <message>
        <source>anon or publishable key</source>
        <translation>clave anon o publishable</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clave de &amp;API:</translation>
    </message>
    <message>
        <source>Browser sign-in buttons, by Supabase provider name, separated by commas. Leave empty for none.</source>
        <translation>Botones de inicio de sesión en el navegador, por nombre de proveedor de Supabase, separados por comas. Déjelo vacío para no mostrar ninguno.</translation>
    </message>
    <message>
        <source>Sign-in &amp;providers:</source>
        <translation>&amp;Proveedores de inicio de sesión:</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>cualquier puerto libre</translation>
    </message>
    <message>
        <source>The port of http://127.0.0.1:&lt;port&gt;/callback, which the project&apos;s redirect allow-list must contain.</source>
        <translation>El puerto de http://127.0.0.1:&lt;port&gt;/callback, que debe figurar en la lista de redirecciones permitidas del proyecto.</translation>
    </message>
    <message>
        <source>Browser &amp;return port:</source>
        <translation>Puerto de &amp;retorno del navegador:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Direct connection</source>
        <translation>Conexión directa</translation>
    </message>
    <message>
        <source>Session pooler</source>
        <translation>Pooler de sesiones</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Conexión:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>Puert&amp;o:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Base de &amp;datos:</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>Usuar&amp;io:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Verify the certificate and host name</source>
        <translation>Verificar el certificado y el nombre de host</translation>
    </message>
    <message>
        <source>Verify the certificate only</source>
        <translation>Verificar solo el certificado</translation>
    </message>
    <message>
        <source>Encrypt without verifying</source>
        <translation>Cifrar sin verificar</translation>
    </message>
    <message>
        <source>No encryption (this computer only)</source>
        <translation>Sin cifrado (solo este equipo)</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <source>CA certificate file (.crt)</source>
        <translation>Archivo de certificado de CA (.crt)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>C&amp;A file:</source>
        <translation>Archi&amp;vo de CA:</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign base URL:</source>
        <translation>URL base de ca&amp;mpañas:</translation>
    </message>
    <message>
        <source>Sign-in server:</source>
        <translation>Servidor de inicio de sesión:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de datos:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Pro&amp;bar conexión</translation>
    </message>
    <message>
        <source>Reading the profile&apos;s keys from the keychain…</source>
        <translation>Leyendo las claves del perfil desde el llavero…</translation>
    </message>
    <message>
        <source>Edit profile — %1</source>
        <translation>Editar perfil — %1</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>sin probar</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>Certificado de CA</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Certificados (*.crt *.pem);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>testing…</source>
        <translation>probando…</translation>
    </message>
    <message>
        <source>✓ reachable</source>
        <translation>✓ accesible</translation>
    </message>
    <message>
        <source>✗ failed: %1</source>
        <translation>✗ falló: %1</translation>
    </message>
    <message>
        <source>PostgreSQL %1</source>
        <translation>PostgreSQL %1</translation>
    </message>
    <message>
        <source>The profile is not complete yet: %1</source>
        <translation>El perfil aún no está completo: %1</translation>
    </message>
    <message>
        <source>The profile&apos;s keys could not be saved: %1</source>
        <translation>No se pudieron guardar las claves del perfil: %1</translation>
    </message>
</context>
<context>
    <name>limitless::ui::PromptsPanel</name>
    <message>
        <source>&amp;Save as new version</source>
        <translation>&amp;Guardar como versión nueva</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Descartar cambios</translation>
    </message>
    <message>
        <source>&amp;Restore this version</source>
        <translation>&amp;Restaurar esta versión</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nodo</translation>
    </message>
    <message>
        <source>&amp;Node</source>
        <translation>&amp;Nodo</translation>
    </message>
    <message>
        <source>Prompt and reply templates</source>
        <translation>Prompt y plantillas de respuesta</translation>
    </message>
    <message>
        <source>Markdown: “## prompt” is what a language model is told; the other “## …” sections are the offline agent&apos;s reply templates with {echo}, {revenue}, {business}, {citation}, {plans}, {email}, {plan}.</source>
        <translation>Markdown: “## prompt” es lo que se le indica a un modelo de lenguaje; las otras secciones “## …” son las plantillas de respuesta del agente sin conexión con {echo}, {revenue}, {business}, {citation}, {plans}, {email}, {plan}.</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Versiones guardadas</translation>
    </message>
    <message>
        <source>Saves the selected version&apos;s text again as the newest version</source>
        <translation>Vuelve a guardar el texto de la versión seleccionada como la versión más reciente</translation>
    </message>
    <message>
        <source>Saved &amp;versions</source>
        <translation>&amp;Versiones guardadas</translation>
    </message>
    <message>
        <source>The saved prompts could not be read (the built-in ones are shown): %1</source>
        <translation>No se pudieron leer los prompts guardados (se muestran los integrados): %1</translation>
    </message>
    <message>
        <source>The prompt could not be saved: %1</source>
        <translation>No se pudo guardar el prompt: %1</translation>
    </message>
    <message>
        <source>Saved as version %1: the next turn and the next scenario run use it.</source>
        <translation>Guardado como versión %1: el próximo turno y la próxima ejecución de escenarios la usarán.</translation>
    </message>
    <message>
        <source>Version %1 · saved %2</source>
        <translation>Versión %1 · guardada %2</translation>
    </message>
    <message>
        <source> · in use</source>
        <translation> · en uso</translation>
    </message>
    <message>
        <source>Built-in text · in use</source>
        <translation>Texto integrado · en uso</translation>
    </message>
    <message>
        <source>Built-in text</source>
        <translation>Texto integrado</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>No se pudieron leer las versiones: %1</translation>
    </message>
    <message>
        <source>In use: the built-in text. Edit it and save to make version 1 of yours.</source>
        <translation>En uso: el texto integrado. Edítelo y guárdelo para crear su versión 1.</translation>
    </message>
    <message>
        <source>In use: version %1, saved %2.</source>
        <translation>En uso: versión %1, guardada %2.</translation>
    </message>
    <message>
        <source>An empty prompt cannot be saved; discard the changes instead.</source>
        <translation>No se puede guardar un prompt vacío; descarte los cambios en su lugar.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>That text is already in use.</source>
        <translation>Ese texto ya está en uso.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::QrCodeDialog</name>
    <message>
        <source>QR code for %1</source>
        <translation>Código QR de %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>QR code of the campaign link</source>
        <translation>Código QR del enlace de la campaña</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Copiar enlace</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Guardar PNG…</translation>
    </message>
    <message>
        <source>Save SVG…</source>
        <translation>Guardar SVG…</translation>
    </message>
    <message>
        <source>Link copied.</source>
        <translation>Enlace copiado.</translation>
    </message>
    <message>
        <source>This link is too long for a QR code.</source>
        <translation>Este enlace es demasiado largo para un código QR.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 guardado.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <source>Save QR code as SVG</source>
        <translation>Guardar el código QR como SVG</translation>
    </message>
    <message>
        <source>Save QR code as PNG</source>
        <translation>Guardar el código QR como PNG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ReplayDialog</name>
    <message>
        <source>Replay in playground</source>
        <translation>Repetir en la zona de pruebas</translation>
    </message>
    <message>
        <source>The conversation with %1 is copied into a new test conversation up to the turn you choose; the agent as it is now (your current prompts, documents and policy) answers the lead&apos;s remaining messages. The result is shown beside the original.</source>
        <translation>La conversación con %1 se copia en una nueva conversación de prueba hasta el turno que elija; el agente tal como está ahora (sus prompts, documentos y política actuales) responde a los mensajes restantes del cliente potencial. El resultado se muestra junto al original.</translation>
    </message>
    <message>
        <source>The lead&apos;s messages</source>
        <translation>Los mensajes del cliente potencial</translation>
    </message>
    <message>
        <source>Lead turns copied as they were</source>
        <translation>Turnos del cliente potencial copiados tal cual</translation>
    </message>
    <message>
        <source>Lead turns &amp;copied as they were:</source>
        <translation>Turnos del cliente potencial &amp;copiados tal cual:</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>&amp;Replay</source>
        <translation>&amp;Repetir</translation>
    </message>
    <message>
        <source>The lead wrote nothing in this conversation: there is nothing to replay.</source>
        <translation>El cliente potencial no escribió nada en esta conversación: no hay nada que repetir.</translation>
    </message>
    <message numerus="yes">
        <source>The current agent answers all %n lead turn(s) again.</source>
        <translation>
            <numerusform>El agente actual vuelve a responder a %n turno del cliente potencial.</numerusform>
            <numerusform>El agente actual vuelve a responder a los %n turnos del cliente potencial.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every lead turn is copied as it was; continue the copy by hand in the playground.</source>
        <translation>Todos los turnos del cliente potencial se copian tal cual; continúe la copia a mano en la zona de pruebas.</translation>
    </message>
    <message>
        <source>Turns 1–%1 are copied as they were; the current agent answers turns %2–%3.</source>
        <translation>Los turnos 1–%1 se copian tal cual; el agente actual responde a los turnos %2–%3.</translation>
    </message>
    <message>
        <source>Copied as it was</source>
        <translation>Copiado tal cual</translation>
    </message>
    <message>
        <source>Answered by the current agent</source>
        <translation>Respondido por el agente actual</translation>
    </message>
    <message>
        <source>%1. copied · %2</source>
        <translation>%1. copiado · %2</translation>
    </message>
    <message>
        <source>%1. replayed · %2</source>
        <translation>%1. repetido · %2</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ReplayPanel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Open the replay in the chat</source>
        <translation>Abrir la repetición en el chat</translation>
    </message>
    <message>
        <source>No replay yet. On the Conversations page, choose a conversation and “Replay in playground” to see how the agent as it is now would have answered that lead.</source>
        <translation>Aún no hay ninguna repetición. En la página Conversaciones, elija una conversación y “Repetir en la zona de pruebas” para ver cómo habría respondido el agente, tal como está ahora, a ese cliente potencial.</translation>
    </message>
    <message>
        <source>Original and replay compared</source>
        <translation>Comparación del original y la repetición</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Stage reached</source>
        <translation>Etapa alcanzada</translation>
    </message>
    <message>
        <source>Qualified</source>
        <translation>Calificado</translation>
    </message>
    <message>
        <source>Qualification score</source>
        <translation>Puntuación de calificación</translation>
    </message>
    <message>
        <source>Payment link sent</source>
        <translation>Enlace de pago enviado</translation>
    </message>
    <message>
        <source>Lead turns</source>
        <translation>Turnos del cliente potencial</translation>
    </message>
    <message>
        <source>The original conversation</source>
        <translation>La conversación original</translation>
    </message>
    <message>
        <source>The replay</source>
        <translation>La repetición</translation>
    </message>
    <message>
        <source>Replaying the conversation with %1 with the current agent…</source>
        <translation>Repitiendo la conversación con %1 con el agente actual…</translation>
    </message>
    <message>
        <source>The conversation with %1 could not be replayed: %2</source>
        <translation>No se pudo repetir la conversación con %1: %2</translation>
    </message>
    <message>
        <source>built-in prompts</source>
        <translation>prompts integrados</translation>
    </message>
    <message>
        <source>prompts v%1</source>
        <translation>prompts v%1</translation>
    </message>
    <message>
        <source>The conversation with %1 replayed: the current agent answered all %2 lead turns (policy %3, %4).</source>
        <translation>Conversación con %1 repetida: el agente actual respondió a los %2 turnos del cliente potencial (política %3, %4).</translation>
    </message>
    <message>
        <source>The conversation with %1 replayed: turns 1–%2 copied, the current agent answered %3 of %4 (policy %5, %6).</source>
        <translation>Conversación con %1 repetida: turnos 1–%2 copiados; el agente actual respondió a %3 de %4 (política %5, %6).</translation>
    </message>
    <message>
        <source>It stopped early: %1</source>
        <translation>Se detuvo antes de tiempo: %1</translation>
    </message>
    <message>
        <source>Differs from the original</source>
        <translation>Difiere del original</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Cliente potencial</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Lead · turn %1</source>
        <translation>Cliente potencial · turno %1</translation>
    </message>
    <message>
        <source>(copied)</source>
        <translation>(copiado)</translation>
    </message>
    <message>
        <source>The transcript could not be read: %1</source>
        <translation>No se pudo leer la transcripción: %1</translation>
    </message>
    <message>
        <source>Replay on the server</source>
        <translation>Repetición en el servidor</translation>
    </message>
    <message>
        <source>Replaying the conversation with %1 on %2…</source>
        <translation>Repitiendo la conversación con %1 en %2…</translation>
    </message>
    <message>
        <source>The conversation with %1 could not be replayed on the LangGraph server: %2</source>
        <translation>No se pudo repetir la conversación con %1 en el servidor de LangGraph: %2</translation>
    </message>
    <message>
        <source>The conversation with %1 replayed on the LangGraph server (assistant %2): the server&apos;s agent answered all %3 lead turns.</source>
        <translation>Conversación con %1 repetida en el servidor de LangGraph (asistente %2): el agente del servidor respondió a los %3 turnos del cliente potencial.</translation>
    </message>
    <message>
        <source>The conversation with %1 replayed on the LangGraph server (assistant %2): turns 1–%3 copied into a new server thread, the server&apos;s agent answered %4 of %5.</source>
        <translation>Conversación con %1 repetida en el servidor de LangGraph (asistente %2): turnos 1–%3 copiados en un hilo nuevo del servidor; el agente del servidor respondió a %4 de %5.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::RetrievalBenchPanel</name>
    <message>
        <source>Match words too</source>
        <translation>Buscar también por palabras</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Save as test question</source>
        <translation>Guardar como pregunta de prueba</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Run all</source>
        <translation>Ejecutar todas</translation>
    </message>
    <message>
        <source>Test question</source>
        <translation>Pregunta de prueba</translation>
    </message>
    <message>
        <source>Ask as a lead would, e.g. “How much is the coaching programme per month?”</source>
        <translation>Pregunte como lo haría un cliente potencial, p. ej. “¿Cuánto cuesta al mes el programa de coaching?”</translation>
    </message>
    <message>
        <source>Number of results</source>
        <translation>Número de resultados</translation>
    </message>
    <message>
        <source>top </source>
        <translation>primeros </translation>
    </message>
    <message>
        <source>Fuse the ranking by meaning with full-text search, as the agent does; off = meaning only</source>
        <translation>Combinar la clasificación por significado con la búsqueda de texto completo, como hace el agente; desactivado = solo significado</translation>
    </message>
    <message>
        <source>Retrieved chunks</source>
        <translation>Fragmentos recuperados</translation>
    </message>
    <message>
        <source>Passage of the selected result</source>
        <translation>Pasaje del resultado seleccionado</translation>
    </message>
    <message>
        <source>Saved test questions</source>
        <translation>Preguntas de prueba guardadas</translation>
    </message>
    <message>
        <source>Document that answers the question</source>
        <translation>Documento que responde a la pregunta</translation>
    </message>
    <message>
        <source>Page that answers the question</source>
        <translation>Página que responde a la pregunta</translation>
    </message>
    <message>
        <source>any page</source>
        <translation>cualquier página</translation>
    </message>
    <message>
        <source>Section that answers the question</source>
        <translation>Sección que responde a la pregunta</translation>
    </message>
    <message>
        <source>any section</source>
        <translation>cualquier sección</translation>
    </message>
    <message>
        <source>&amp;Answered by</source>
        <translation>&amp;Respondida por</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La búsqueda falló: %1</translation>
    </message>
    <message>
        <source>No chunk matches: the knowledge base has nothing on this yet.</source>
        <translation>Ningún fragmento coincide: la base de conocimiento aún no tiene nada sobre esto.</translation>
    </message>
    <message>
        <source>Results: %1 in %2 ms · vector search: %3 · model: %4</source>
        <translation>Resultados: %1 en %2 ms · búsqueda vectorial: %3 · modelo: %4</translation>
    </message>
    <message>
        <source>No saved questions yet. Search for a question, choose the document that answers it and save it: “Run all” then tells whether changes to documents or settings made answers better or worse.</source>
        <translation>Aún no hay preguntas guardadas. Busque una pregunta, elija el documento que la responde y guárdela: después, “Ejecutar todas” indicará si los cambios en los documentos o en la configuración mejoraron o empeoraron las respuestas.</translation>
    </message>
    <message>
        <source>Not run yet: “Run all” measures how often the expected document comes first.</source>
        <translation>Aún sin ejecutar: “Ejecutar todas” mide con qué frecuencia el documento esperado aparece en primer lugar.</translation>
    </message>
    <message>
        <source>The question could not be saved: %1</source>
        <translation>No se pudo guardar la pregunta: %1</translation>
    </message>
    <message>
        <source>The question could not be removed: %1</source>
        <translation>No se pudo quitar la pregunta: %1</translation>
    </message>
    <message>
        <source>Running the saved questions (%1)…</source>
        <translation>Ejecutando las preguntas guardadas (%1)…</translation>
    </message>
    <message>
        <source>Type a question above and press Enter. The chunks the agent would be given appear here with the words that matched highlighted.</source>
        <translation>Escriba una pregunta arriba y pulse Intro. Aquí aparecen los fragmentos que recibiría el agente, con las palabras coincidentes resaltadas.</translation>
    </message>
    <message>
        <source>Connecting the test bench to the knowledge base…</source>
        <translation>Conectando el banco de pruebas a la base de conocimiento…</translation>
    </message>
    <message>
        <source>Add documents first: the bench searches what the agent knows.</source>
        <translation>Añada documentos primero: el banco de pruebas busca en lo que sabe el agente.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>puntuación %1</translation>
    </message>
    <message>
        <source>meaning: rank %1, similarity %2</source>
        <translation>significado: posición %1, similitud %2</translation>
    </message>
    <message>
        <source>meaning: not ranked</source>
        <translation>significado: sin clasificar</translation>
    </message>
    <message>
        <source>words: rank %1, score %2</source>
        <translation>palabras: posición %1, puntuación %2</translation>
    </message>
    <message>
        <source>words: no match</source>
        <translation>palabras: sin coincidencias</translation>
    </message>
    <message>
        <source>Saving the question…</source>
        <translation>Guardando la pregunta…</translation>
    </message>
    <message>
        <source>Running the saved questions…</source>
        <translation>Ejecutando las preguntas guardadas…</translation>
    </message>
    <message>
        <source>hit@%1: %2% · MRR: %3</source>
        <translation>hit@%1: %2% · MRR: %3</translation>
    </message>
    <message>
        <source>Last run — %1.</source>
        <translation>Última ejecución — %1.</translation>
    </message>
    <message>
        <source>%1. The first run: nothing to compare with yet.</source>
        <translation>%1. Primera ejecución: aún no hay nada con qué comparar.</translation>
    </message>
    <message>
        <source>%1 (before: hit@%2 %3%, MRR %4). Better: %5 · worse: %6.</source>
        <translation>%1 (antes: hit@%2 %3%, MRR %4). Mejores: %5 · peores: %6.</translation>
    </message>
    <message>
        <source>Searching… (after the search index has loaded)</source>
        <translation>Buscando… (cuando se haya cargado el índice de búsqueda)</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ScenariosPanel</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>stage %1 · qualified %2 · payment link %3 · %4 · policy %5 · %6 lead turns answered</source>
        <translation>etapa %1 · calificado %2 · enlace de pago %3 · %4 · política %5 · %6 turnos del cliente potencial respondidos</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>built-in prompts</source>
        <translation>prompts integrados</translation>
    </message>
    <message>
        <source>prompts v%1</source>
        <translation>prompts v%1</translation>
    </message>
    <message>
        <source>Save &amp;conversation…</source>
        <translation>Guardar &amp;conversación…</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Run &amp;all</source>
        <translation>Ejecutar &amp;todos</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparar</translation>
    </message>
    <message>
        <source>Save the open test conversation&apos;s lead messages as a scenario; where it got becomes what later runs must reach</source>
        <translation>Guardar los mensajes del cliente potencial de la conversación de prueba abierta como escenario; el punto al que llegó es lo que deberán alcanzar las ejecuciones posteriores</translation>
    </message>
    <message>
        <source>Run the selected scenario with the current prompts and documents</source>
        <translation>Ejecutar el escenario seleccionado con los prompts y documentos actuales</translation>
    </message>
    <message>
        <source>Stop after the scenario in progress</source>
        <translation>Detener tras el escenario en curso</translation>
    </message>
    <message>
        <source>The selected scenario&apos;s newest run against the run before it, or its expectation</source>
        <translation>La ejecución más reciente del escenario seleccionado frente a la anterior o frente a lo esperado</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v de %m</translation>
    </message>
    <message>
        <source>Saved scenarios</source>
        <translation>Escenarios guardados</translation>
    </message>
    <message>
        <source>Scenario details</source>
        <translation>Detalles del escenario</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>The scenarios could not be listed: %1</source>
        <translation>No se pudieron listar los escenarios: %1</translation>
    </message>
    <message>
        <source>No scenarios yet: open a test conversation and save it here.</source>
        <translation>Aún no hay escenarios: abra una conversación de prueba y guárdela aquí.</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s).</source>
        <translation>
            <numerusform>%n escenario.</numerusform>
            <numerusform>%n escenarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved “%1” with %n lead turn(s); runs are held to where this conversation got.</source>
        <translation>
            <numerusform>Se guardó “%1” con %n turno del cliente potencial; las ejecuciones deberán llegar a donde llegó esta conversación.</numerusform>
            <numerusform>Se guardó “%1” con %n turnos del cliente potencial; las ejecuciones deberán llegar a donde llegó esta conversación.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scenario could not be saved: %1</source>
        <translation>No se pudo guardar el escenario: %1</translation>
    </message>
    <message>
        <source>Deleted “%1” and its runs.</source>
        <translation>Se eliminó “%1” y sus ejecuciones.</translation>
    </message>
    <message>
        <source>The scenario could not be deleted: %1</source>
        <translation>No se pudo eliminar el escenario: %1</translation>
    </message>
    <message>
        <source>Ran “%1” (%2 of %3)…</source>
        <translation>Ejecutado “%1” (%2 de %3)…</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) run: </source>
        <translation>
            <numerusform>%n escenario ejecutado: </numerusform>
            <numerusform>%n escenarios ejecutados: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed.</source>
        <translation>
            <numerusform>%n falló.</numerusform>
            <numerusform>%n fallaron.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scenarios could not be run: %1</source>
        <translation>No se pudieron ejecutar los escenarios: %1</translation>
    </message>
    <message>
        <source>Save as scenario</source>
        <translation>Guardar como escenario</translation>
    </message>
    <message>
        <source>The lead&apos;s messages of this test conversation become a scenario; where it got (stage, qualified, payment link) is what later runs must reach.

Scenario &amp;name:</source>
        <translation>Los mensajes del cliente potencial de esta conversación de prueba se convierten en un escenario; el punto al que llegó (etapa, calificado, enlace de pago) es lo que deberán alcanzar las ejecuciones posteriores.

&amp;Nombre del escenario:</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Escenario %1</translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation>Guardando “%1”…</translation>
    </message>
    <message>
        <source>Replace scenario</source>
        <translation>Reemplazar escenario</translation>
    </message>
    <message>
        <source>A scenario called “%1” exists already. Replace it with this conversation? Its runs so far are kept.</source>
        <translation>Ya existe un escenario llamado “%1”. ¿Reemplazarlo por esta conversación? Sus ejecuciones hasta ahora se conservan.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>Stopping after the scenario in progress…</source>
        <translation>Deteniendo tras el escenario en curso…</translation>
    </message>
    <message>
        <source>Delete scenario</source>
        <translation>Eliminar escenario</translation>
    </message>
    <message>
        <source>Delete the scenario “%1” and all of its runs?</source>
        <translation>¿Eliminar el escenario “%1” y todas sus ejecuciones?</translation>
    </message>
    <message>
        <source>&lt;p&gt;A scenario is a test conversation kept to be run again: after you change a prompt or a document, run all scenarios to see whether the agent still takes each lead where it did.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Un escenario es una conversación de prueba guardada para volver a ejecutarla: después de cambiar un prompt o un documento, ejecute todos los escenarios para ver si el agente sigue llevando a cada cliente potencial adonde lo llevaba.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a scenario to see its lead messages and its last run.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione un escenario para ver sus mensajes del cliente potencial y su última ejecución.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Expected:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Esperado:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Last run (%1):&lt;/b&gt; %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Última ejecución (%1):&lt;/b&gt; %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Error:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Error:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not run yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aún sin ejecutar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Newest run against the run before it&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Ejecución más reciente frente a la anterior&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Newest run against the expectation&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Ejecución más reciente frente a lo esperado&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The same run: every reply, stage and state field is equal.&lt;/p&gt;</source>
        <translation>&lt;p&gt;La misma ejecución: todas las respuestas, etapas y campos del estado son iguales.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Lead messages&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;Mensajes del cliente potencial&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>Open a test conversation first; its lead messages become the scenario</source>
        <translation>Abra primero una conversación de prueba; sus mensajes del cliente potencial se convierten en el escenario</translation>
    </message>
    <message>
        <source>stage %1 · qualified %2 · payment link %3 · assistant %4 · %5 lead turns answered</source>
        <translation>etapa %1 · calificado %2 · enlace de pago %3 · asistente %4 · %5 turnos del cliente potencial respondidos</translation>
    </message>
    <message>
        <source>Run scenarios on</source>
        <translation>Ejecutar los escenarios en</translation>
    </message>
    <message>
        <source>Built-in runtime</source>
        <translation>Entorno de ejecución integrado</translation>
    </message>
    <message>
        <source>LangGraph server</source>
        <translation>Servidor de LangGraph</translation>
    </message>
    <message>
        <source>Both, side by side</source>
        <translation>Ambos, en paralelo</translation>
    </message>
    <message>
        <source>The playground&apos;s own runtime with the current prompts, documents and policy</source>
        <translation>El entorno de ejecución propio de la zona de pruebas con los prompts, documentos y política actuales</translation>
    </message>
    <message>
        <source>R&amp;un on:</source>
        <translation>Ejecutar e&amp;n:</translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) run on both runtimes: </source>
        <translation>
            <numerusform>%n escenario ejecutado en ambos entornos: </numerusform>
            <numerusform>%n escenarios ejecutados en ambos entornos: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n end differently, </source>
        <translation>
            <numerusform>%n termina de forma distinta, </numerusform>
            <numerusform>%n terminan de forma distinta, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scenario(s) run on the LangGraph server: </source>
        <translation>
            <numerusform>%n escenario ejecutado en el servidor de LangGraph: </numerusform>
            <numerusform>%n escenarios ejecutados en el servidor de LangGraph: </numerusform>
        </translation>
    </message>
    <message>
        <source>No LangGraph server is set for this profile.</source>
        <translation>No hay ningún servidor de LangGraph configurado para este perfil.</translation>
    </message>
    <message>
        <source>Each scenario on a new thread of %1 (assistant %2)</source>
        <translation>Cada escenario en un hilo nuevo de %1 (asistente %2)</translation>
    </message>
    <message>
        <source>Each scenario on the built-in runtime and on the LangGraph server, set side by side</source>
        <translation>Cada escenario en el entorno de ejecución integrado y en el servidor de LangGraph, comparados en paralelo</translation>
    </message>
    <message>
        <source>LangGraph server: %1</source>
        <translation>Servidor de LangGraph: %1</translation>
    </message>
    <message>
        <source>Running on the built-in runtime and on the LangGraph server…</source>
        <translation>Ejecutando en el entorno de ejecución integrado y en el servidor de LangGraph…</translation>
    </message>
    <message>
        <source>Running on the LangGraph server…</source>
        <translation>Ejecutando en el servidor de LangGraph…</translation>
    </message>
    <message>
        <source>&lt;h4&gt;On the LangGraph server&lt;/h4&gt;</source>
        <translation>&lt;h4&gt;En el servidor de LangGraph&lt;/h4&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Server run:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ejecución en el servidor:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Error on the server:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Error en el servidor:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Built-in run:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ejecución en el entorno integrado:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Compared:&lt;/b&gt; %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Comparación:&lt;/b&gt; %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Not run on the LangGraph server in this session.&lt;/p&gt;</source>
        <translation>&lt;p&gt;No se ha ejecutado en el servidor de LangGraph en esta sesión.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The open test conversation is on the LangGraph server: scenarios are saved from the built-in playground&apos;s conversations</source>
        <translation>La conversación de prueba abierta está en el servidor de LangGraph: los escenarios se guardan a partir de las conversaciones de la zona de pruebas integrada</translation>
    </message>
</context>
<context>
    <name>limitless::ui::SettingsPage</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Use default</source>
        <translation>Usar el predeterminado</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Campaign links</source>
        <translation>Enlaces de campaña</translation>
    </message>
    <message>
        <source>Each campaign&apos;s link is this address followed by the campaign&apos;s code. It is what “Copy link” copies and what the QR codes contain, so change it before printing.</source>
        <translation>El enlace de cada campaña es esta dirección seguida del código de la campaña. Es lo que copia “Copiar enlace” y lo que contienen los códigos QR, así que cámbiela antes de imprimir.</translation>
    </message>
    <message>
        <source>Campaign link &amp;base URL</source>
        <translation>URL &amp;base de los enlaces de campaña</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Notify me when a lead qualifies</source>
        <translation>Notificarme cuando un cliente potencial se califique</translation>
    </message>
    <message>
        <source>Notify me when a payment completes</source>
        <translation>Notificarme cuando se complete un pago</translation>
    </message>
    <message>
        <source>Example: %1</source>
        <translation>Ejemplo: %1</translation>
    </message>
    <message>
        <source>Empty: the default address is used.</source>
        <translation>Vacío: se usa la dirección predeterminada.</translation>
    </message>
    <message>
        <source>Saved. New links and QR codes use this address.</source>
        <translation>Guardado. Los enlaces y códigos QR nuevos usan esta dirección.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;Colour scheme</source>
        <translation>&amp;Esquema de colores</translation>
    </message>
    <message>
        <source>The LIMITLESS_THEME environment variable is set: it decides the scheme.</source>
        <translation>La variable de entorno LIMITLESS_THEME está definida: es la que determina el esquema.</translation>
    </message>
</context>
<context>
    <name>limitless::ui::ShortcutsDialog</name>
    <message>
        <source>Everywhere</source>
        <translation>En todas partes</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
</context>
<context>
    <name>limitless::ui::SignInController</name>
    <message>
        <source>Starting the local sandbox…</source>
        <translation>Iniciando el sandbox local…</translation>
    </message>
    <message>
        <source>The local sandbox could not be started: %1</source>
        <translation>No se pudo iniciar el sandbox local: %1</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar &amp;sesión</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sesión iniciada como %1 (%2)</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Sin sesión iniciada</translation>
    </message>
    <message>
        <source>Reading the profile&apos;s keys from the keychain…</source>
        <translation>Leyendo las claves del perfil desde el llavero…</translation>
    </message>
    <message>
        <source>This profile is not complete yet: %1 Use “Edit…” to finish it.</source>
        <translation>Este perfil aún no está completo: %1 Use “Editar…” para completarlo.</translation>
    </message>
    <message>
        <source>The local sandbox was created with an owner account. E-mail: %1 — password: %2 — note it down; `limitless sandbox passwd` changes it.</source>
        <translation>El sandbox local se creó con una cuenta de propietario. Correo electrónico: %1 — contraseña: %2 — anótela; `limitless sandbox passwd` la cambia.</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Llavero</translation>
    </message>
    <message>
        <source>The demo business could not be loaded: %1 Load it later with `limitless demo-data`.</source>
        <translation>No se pudo cargar el negocio de demostración: %1 Cárguelo más tarde con `limitless demo-data`.</translation>
    </message>
    <message>
        <source>Loading the demo business…</source>
        <translation>Cargando el negocio de demostración…</translation>
    </message>
    <message numerus="yes">
        <source>The demo business is loaded: %n campaign(s) with their conversations, payments and documents.</source>
        <translation>
            <numerusform>El negocio de demostración está cargado: %n campaña con sus conversaciones, pagos y documentos.</numerusform>
            <numerusform>El negocio de demostración está cargado: %n campañas con sus conversaciones, pagos y documentos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>limitless::ui::SignInDialog</name>
    <message>
        <source>Sign in — Limitless OS</source>
        <translation>Iniciar sesión — Limitless OS</translation>
    </message>
    <message>
        <source>Sign in to Limitless</source>
        <translation>Iniciar sesión en Limitless</translation>
    </message>
    <message>
        <source>The owner&apos;s dashboard for your AI sales agent</source>
        <translation>El panel del propietario para su agente de ventas con IA</translation>
    </message>
    <message>
        <source>P&amp;rofile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Which environment to sign in to</source>
        <translation>En qué entorno iniciar sesión</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change this profile&apos;s server, keys and database</source>
        <translation>Cambiar el servidor, las claves y la base de datos de este perfil</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Correo electrónico:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>&amp;Forgot password?</source>
        <translation>¿&amp;Olvidó su contraseña?</translation>
    </message>
    <message>
        <source>Forgot password</source>
        <translation>Contraseña olvidada</translation>
    </message>
    <message>
        <source>The local sandbox&apos;s owner account and its password were shown by `limitless sandbox start`; set a new password with `limitless sandbox passwd`.</source>
        <translation>`limitless sandbox start` mostró la cuenta de propietario del sandbox local y su contraseña; establezca una contraseña nueva con `limitless sandbox passwd`.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Iniciar sesión</translation>
    </message>
    <message>
        <source>or</source>
        <translation>o</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>Verificación en dos pasos</translation>
    </message>
    <message>
        <source>Enter the 6-digit code that your authenticator app shows for Limitless.</source>
        <translation>Introduzca el código de 6 dígitos que muestra su aplicación de autenticación para Limitless.</translation>
    </message>
    <message>
        <source>Authentication code</source>
        <translation>Código de autenticación</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Verificar</translation>
    </message>
    <message>
        <source>Reset your password</source>
        <translation>Restablecer la contraseña</translation>
    </message>
    <message>
        <source>We will e-mail you a code. Enter it on the next step, then choose a new password.</source>
        <translation>Le enviaremos un código por correo electrónico. Introdúzcalo en el siguiente paso y, después, elija una contraseña nueva.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Send &amp;code</source>
        <translation>&amp;Enviar código</translation>
    </message>
    <message>
        <source>Check your e-mail</source>
        <translation>Revise su correo electrónico</translation>
    </message>
    <message>
        <source>If an account exists for this address, a code is on its way. Enter it here.</source>
        <translation>Si existe una cuenta para esta dirección, se le ha enviado un código. Introdúzcalo aquí.</translation>
    </message>
    <message>
        <source>Code from the e-mail</source>
        <translation>Código del correo electrónico</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuar</translation>
    </message>
    <message>
        <source>Choose a new password</source>
        <translation>Elija una contraseña nueva</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Contraseña nueva</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Contraseña &amp;nueva:</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>Repetir la contraseña nueva</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>&amp;Save and sign in</source>
        <translation>&amp;Guardar e iniciar sesión</translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation>Continúe en su navegador</translation>
    </message>
    <message>
        <source>Continue with %1</source>
        <translation>Continuar con %1</translation>
    </message>
    <message>
        <source>A browser window opened to sign in with %1. When you are done there, come back here: Limitless continues by itself.</source>
        <translation>Se abrió una ventana del navegador para iniciar sesión con %1. Cuando termine allí, vuelva aquí: Limitless continuará automáticamente.</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself: %1</source>
        <translation>No se pudo abrir ningún navegador. Abra usted mismo esta dirección: %1</translation>
    </message>
    <message>
        <source>Enter the e-mail address of your account.</source>
        <translation>Introduzca la dirección de correo electrónico de su cuenta.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduzca su contraseña.</translation>
    </message>
    <message>
        <source>The code has 6 digits.</source>
        <translation>El código tiene 6 dígitos.</translation>
    </message>
    <message>
        <source>Enter the code from the e-mail.</source>
        <translation>Introduzca el código del correo electrónico.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>Introduzca una contraseña nueva.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Welcome! How would you like to start?</source>
        <translation>¡Le damos la bienvenida! ¿Cómo desea empezar?</translation>
    </message>
    <message>
        <source>You can switch at any time: the profile at the top of the sign-in window chooses where the dashboard connects.</source>
        <translation>Puede cambiar en cualquier momento: el perfil de la parte superior de la ventana de inicio de sesión determina a dónde se conecta el panel.</translation>
    </message>
    <message>
        <source>&amp;Try the local sandbox</source>
        <translation>&amp;Probar el sandbox local</translation>
    </message>
    <message>
        <source>A demo business on this computer — campaigns, conversations, payments, documents and the agent to explore. Nothing leaves your machine.</source>
        <translation>Un negocio de demostración en este equipo — campañas, conversaciones, pagos, documentos y el agente para explorar. Nada sale de su equipo.</translation>
    </message>
    <message>
        <source>&amp;Connect to your Supabase project</source>
        <translation>&amp;Conectar con su proyecto de Supabase</translation>
    </message>
    <message>
        <source>Your business&apos;s own data: enter the project&apos;s URL and keys, test the connection, then sign in with your account.</source>
        <translation>Los datos de su propio negocio: introduzca la URL y las claves del proyecto, pruebe la conexión y luego inicie sesión con su cuenta.</translation>
    </message>
    <message>
        <source>Limitless OS</source>
        <translation>Limitless OS</translation>
    </message>
</context>
<context>
    <name>limitless::ui::TrayMonitor</name>
    <message>
        <source>Limitless OS — monitoring new leads and payments</source>
        <translation>Limitless OS — supervisando nuevos clientes potenciales y pagos</translation>
    </message>
    <message>
        <source>Open dashboard</source>
        <translation>Abrir el panel</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>A lead</source>
        <translation>Un cliente potencial</translation>
    </message>
    <message>
        <source>Lead qualified</source>
        <translation>Cliente potencial calificado</translation>
    </message>
    <message>
        <source>%1 qualified (%2).</source>
        <translation>%1 se ha calificado (%2).</translation>
    </message>
    <message>
        <source>Payment completed</source>
        <translation>Pago completado</translation>
    </message>
    <message>
        <source>%1 paid %2 (%3).</source>
        <translation>%1 pagó %2 (%3).</translation>
    </message>
    <message>
        <source>%1 paid (%2).</source>
        <translation>%1 pagó (%2).</translation>
    </message>
</context>
</TS>
